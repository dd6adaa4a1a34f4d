// Each demo case's status history (consistent with where the case is now) and its consent and
// lawful-basis records (the newest one is in force).
import { londonDayOf } from "@/lib/domain/london-time";
import { canMoveTo } from "@/lib/domain/case-status";
import type { CaseStatus, ClosureReason, ConsentStatus, LawfulBasis, Prisma } from "@/lib/generated/prisma/client";
import type { SeedCase } from "./cases";
import { closureTexts, consentScopes, holdReasons, lawfulBasisNotes } from "./case-texts";
import { addDays, addHours, daysBetween, type Rng } from "./random";
import type { SeedUser, Workforce } from "./users";

export function statusChangesFor(rng: Rng, c: SeedCase): Prisma.CaseStatusChangeCreateManyInput[] {
  const changes: Prisma.CaseStatusChangeCreateManyInput[] = [];
  const change = (
    fromStatus: CaseStatus | null,
    toStatus: CaseStatus,
    changedAt: Date,
    reason: string | null,
    extra: { by?: SeedUser; closureReason?: ClosureReason } = {},
  ) => {
    if (fromStatus && !canMoveTo(fromStatus, toStatus)) {
      throw new Error(`Demo data: case ${c.number} cannot move from ${fromStatus} to ${toStatus}`);
    }
    changes.push({
      id: rng.uuid(),
      caseId: c.id,
      fromStatus,
      toStatus,
      reason,
      closureReason: extra.closureReason ?? null,
      changedById: (extra.by ?? c.leadProfessional).id,
      changedAt,
    });
  };

  change(null, "OPEN", c.openedAt, "Case opened", { by: c.createdBy });
  if (c.activatedAt) {
    change("OPEN", "ACTIVE", c.activatedAt, rng.chance(0.5) ? "Support plan agreed" : null);
    // Some cases had a spell on hold, or were closed and reopened, before carrying on.
    const until = c.heldAt ?? c.closedAt ?? c.endAt;
    const interlude =
      daysBetween(c.activatedAt, until) > 45
        ? rng.weighted([
            ["none", 87],
            ["hold", 10],
            ["reopened", 3],
          ])
        : "none";
    if (interlude !== "none") {
      const pausedAt = rng.workingTimeBetween(addDays(c.activatedAt, 7), addDays(until, -35));
      const resumedAt = rng.workingTimeBetween(addDays(pausedAt, 5), addDays(pausedAt, 25));
      if (interlude === "hold") {
        change("ACTIVE", "ON_HOLD", pausedAt, rng.pick(holdReasons));
        change("ON_HOLD", "ACTIVE", resumedAt, "Support resumed");
      } else {
        change("ACTIVE", "CLOSED", pausedAt, closureTexts.DISENGAGED, { closureReason: "DISENGAGED" });
        change("CLOSED", "OPEN", resumedAt, "Person got back in touch; needs have returned.");
        change("OPEN", "ACTIVE", addDays(resumedAt, rng.float(1, 5)), null);
      }
    }
    if (c.heldAt) change("ACTIVE", "ON_HOLD", c.heldAt, rng.pick(holdReasons));
  }
  if (c.closedAt && c.closureReason) {
    const from = c.activatedAt ? "ACTIVE" : "OPEN";
    change(from, "CLOSED", c.closedAt, closureTexts[c.closureReason], { closureReason: c.closureReason });
  }
  return changes;
}

/** Someone else in the lead organisation approves reliance on a lawful basis other than consent. */
function approverFor(rng: Rng, c: SeedCase, workforce: Workforce): SeedUser {
  const colleagues = workforce
    .workersOf(c.leadOrganisation, c.neighbourhood.locality.name)
    .filter((u) => u !== c.leadProfessional);
  return colleagues.length ? rng.pick(colleagues) : c.leadProfessional;
}

function lawfulBasisFor(rng: Rng, c: SeedCase): LawfulBasis {
  const crime = c.themes.includes("OFFENDING") || c.themes.includes("DOMESTIC_ABUSE") ? 30 : 0;
  return rng.weighted<LawfulBasis>([
    ["SAFEGUARDING", 50],
    ["VITAL_INTERESTS", 10],
    ["PREVENTION_OF_CRIME", crime],
    ["PUBLIC_TASK", 15],
  ]);
}

export function consentRecordsFor(
  rng: Rng,
  now: Date,
  c: SeedCase,
  workforce: Workforce,
): Prisma.ConsentRecordCreateManyInput[] {
  const records: Prisma.ConsentRecordCreateManyInput[] = [];
  const record = (status: ConsentStatus, at: Date, extra: Partial<Prisma.ConsentRecordCreateManyInput> = {}) =>
    records.push({
      id: rng.uuid(),
      caseId: c.id,
      status,
      decidedOn: status === "NOT_YET_ASKED" ? null : londonDayOf(at),
      scope: status === "GIVEN" ? rng.pick(consentScopes) : null,
      recordedById: c.leadProfessional.id,
      recordedAt: at,
      ...extra,
    });

  const lifetime = daysBetween(c.openedAt, c.endAt);
  const asked = c.activatedAt ?? addHours(c.openedAt, Math.min(48, lifetime * 12));
  const veryNew = daysBetween(c.openedAt, now) < 7 && rng.chance(0.4);
  const notYetSeen = c.status === "OPEN" && !c.activatedAt && rng.chance(0.5);
  if (veryNew || notYetSeen) {
    record("NOT_YET_ASKED", c.openedAt);
    return records;
  }
  if (rng.chance(0.3)) record("NOT_YET_ASKED", c.openedAt);
  const outcome = rng.weighted<ConsentStatus>([
    ["GIVEN", 86],
    ["REFUSED", 10],
    ["WITHDRAWN", 4],
  ]);
  if (outcome === "REFUSED") {
    const basis = lawfulBasisFor(rng, c);
    record("REFUSED", asked, {
      lawfulBasis: basis,
      lawfulBasisApprovedById: approverFor(rng, c, workforce).id,
      lawfulBasisNote: lawfulBasisNotes[basis] ?? null,
    });
    return records;
  }
  record("GIVEN", asked);
  if (outcome === "WITHDRAWN" && daysBetween(asked, c.endAt) > 14) {
    const withdrawnAt = rng.workingTimeBetween(addDays(asked, 7), c.endAt);
    const keepSharing = rng.chance(0.5);
    record(
      "WITHDRAWN",
      withdrawnAt,
      keepSharing
        ? {
            lawfulBasis: "SAFEGUARDING",
            lawfulBasisApprovedById: approverFor(rng, c, workforce).id,
            lawfulBasisNote: lawfulBasisNotes.SAFEGUARDING ?? null,
          }
        : {},
    );
  }
  return records;
}
