// The shape of each demo shared case: where, when, which needs, how risky, where it has got to,
// and who leads it. Detail (people, team, chronology, actions) is added by the other case files.
import type { CaseStatus, ClosureReason, Prisma, RiskLevel } from "@/lib/generated/prisma/client";
import { chooseLead } from "./case-leads";
import { pickProfile, riskFor, themesFor, type CaseProfile } from "./case-profiles";
import { caseSummary } from "./case-texts";
import type { Geography, SeedNeighbourhood } from "./geography";
import type { SeedOrganisation } from "./organisations";
import { addDays, addHours, daysBetween, type Rng } from "./random";
import type { ThemeCode } from "./reference-data";
import type { SeedUser, Workforce } from "./users";

/**
 * About 40,000 cases over two years: 20–30 new cases per neighbourhood per month on average, as
 * Greater Manchester's integrated neighbourhood teams see (20–70 thousand a year between them).
 */
export const DEMO_CASE_COUNT = 40_000;
export const CASE_WINDOW_DAYS = 730;

export interface SeedCase {
  id: string;
  number: number;
  neighbourhood: SeedNeighbourhood;
  profile: CaseProfile;
  themes: ThemeCode[];
  riskLevel: RiskLevel;
  summary: string;
  openedAt: Date;
  /** When it moved from OPEN to ACTIVE (around the first real contact); null if it never did. */
  activatedAt: Date | null;
  /** When a case now ON_HOLD was put on hold. */
  heldAt: Date | null;
  status: CaseStatus;
  closedAt: Date | null;
  closureReason: ClosureReason | null;
  /** closedAt for a closed case, else now: nothing about the case happens after it. */
  endAt: Date;
  leadOrganisation: SeedOrganisation;
  leadProfessional: SeedUser;
  createdBy: SeedUser;
}

type Lifecycle = Pick<SeedCase, "status" | "activatedAt" | "heldAt" | "closedAt" | "closureReason">;

/** Opening moments over the window, a little busier lately as more teams came on board. */
function openingMoment(rng: Rng, windowStart: Date, now: Date): Date {
  // Inverse of the CDF of a density rising linearly from 0.7 to 1.3 across the window.
  const u = (-0.7 + Math.sqrt(0.49 + 1.2 * rng.next())) / 0.6;
  const day = new Date(windowStart.getTime() + u * (now.getTime() - windowStart.getTime()));
  return rng.workingTimeBetween(addHours(day, -12), addHours(day, 12) < now ? addHours(day, 12) : addHours(now, -1));
}

function activation(rng: Rng, openedAt: Date, endAt: Date): Date | null {
  const span = daysBetween(openedAt, endAt);
  if (span < 0.1) return null;
  return rng.workingTimeBetween(addHours(openedAt, 1), addDays(openedAt, Math.min(10, span * 0.5)));
}

/**
 * Each case has a usual length for how it ends; it is closed if that length has passed, so
 * closures follow openings month by month with no pile-up at either end of the window. About
 * one in ten is long-running support with no end in sight yet.
 */
function lifecycle(rng: Rng, openedAt: Date, now: Date): Lifecycle {
  const age = daysBetween(openedAt, now);
  if (age > 2 && !rng.chance(0.1)) {
    const closureReason = rng.weighted<ClosureReason>([
      ["OUTCOMES_ACHIEVED", 50],
      ["NEEDS_MET_ELSEWHERE", 15],
      ["DISENGAGED", 15],
      ["MOVED_AWAY", 9],
      ["DIED", 1],
      ["DUPLICATE", 3],
      ["OTHER", 7],
    ]);
    const typical =
      closureReason === "DUPLICATE"
        ? rng.float(0.1, 3)
        : rng.weighted([
            [rng.float(14, 45), 25],
            [rng.float(45, 120), 40],
            [rng.float(120, 240), 25],
            [rng.float(240, 400), 10],
          ]);
    if (typical >= age) return stillOpen(rng, openedAt, now, age);
    const closedAt = rng.workingTimeBetween(addDays(openedAt, typical * 0.9), addDays(openedAt, typical));
    const neverActive = closureReason === "DUPLICATE" || (closureReason === "DISENGAGED" && rng.chance(0.3));
    return {
      status: "CLOSED",
      closedAt,
      closureReason,
      activatedAt: neverActive ? null : activation(rng, openedAt, closedAt),
      heldAt: null,
    };
  }
  return stillOpen(rng, openedAt, now, age);
}

/** Open, active or on hold: a case not (yet) closed. */
function stillOpen(rng: Rng, openedAt: Date, now: Date, age: number): Lifecycle {
  const stillWaiting = rng.chance(age < 14 ? 0.35 : age < 60 ? 0.08 : 0.02);
  const activatedAt = stillWaiting ? null : activation(rng, openedAt, now);
  if (!activatedAt) return { status: "OPEN", activatedAt: null, heldAt: null, closedAt: null, closureReason: null };
  const canHold = daysBetween(activatedAt, now) > 10;
  if (canHold && rng.chance(0.1)) {
    const heldAt = rng.workingTimeBetween(addDays(activatedAt, 7), addDays(now, -1));
    return { status: "ON_HOLD", activatedAt, heldAt, closedAt: null, closureReason: null };
  }
  return { status: "ACTIVE", activatedAt, heldAt: null, closedAt: null, closureReason: null };
}

export function planCases(
  rng: Rng,
  now: Date,
  geography: Geography,
  organisations: readonly SeedOrganisation[],
  workforce: Workforce,
  caseCount: number = DEMO_CASE_COUNT,
): SeedCase[] {
  const windowStart = addDays(now, -CASE_WINDOW_DAYS);
  // Demand follows residents and deprivation.
  const demand = geography.neighbourhoods.map((n) => [n, n.population * n.deprivation] as const);
  const cases = Array.from({ length: caseCount }, (): SeedCase => {
    const neighbourhood = rng.weighted(demand);
    const profile = pickProfile(rng);
    const themes = themesFor(rng, profile);
    const openedAt = openingMoment(rng, windowStart, now);
    const life = lifecycle(rng, openedAt, now);
    const lead = chooseLead(rng, organisations, workforce, neighbourhood.locality.name, themes[0]);
    return {
      id: rng.uuid(),
      number: 0,
      neighbourhood,
      profile,
      themes,
      riskLevel: riskFor(rng, profile),
      summary: caseSummary(rng, themes),
      openedAt,
      ...life,
      endAt: life.closedAt ?? now,
      leadOrganisation: lead.organisation,
      leadProfessional: lead.professional,
      createdBy: rng.chance(0.8)
        ? lead.professional
        : rng.pick(workforce.workersOf(lead.organisation, neighbourhood.locality.name)),
    };
  });
  cases.sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
  cases.forEach((c, i) => (c.number = i + 1));
  return cases;
}

export interface CaseRowDetails {
  subjectOf: ReadonlyMap<string, { personId: string; householdId: string | null }>;
  firstContactOf: ReadonlyMap<string, Date | null>;
  versionOf: ReadonlyMap<string, number>;
}

export function caseRows(cases: readonly SeedCase[], details: CaseRowDetails): Prisma.SharedCaseCreateManyInput[] {
  return cases.map((c) => {
    const subject = details.subjectOf.get(c.id);
    if (!subject) throw new Error(`Demo data: case ${c.number} has no subject`);
    return {
      id: c.id,
      number: c.number,
      personId: subject.personId,
      householdId: subject.householdId,
      neighbourhoodId: c.neighbourhood.id,
      summary: c.summary,
      riskLevel: c.riskLevel,
      status: c.status,
      closureReason: c.closureReason,
      leadProfessionalId: c.leadProfessional.id,
      leadOrganisationId: c.leadOrganisation.id,
      openedAt: c.openedAt,
      firstContactAt: details.firstContactOf.get(c.id) ?? null,
      closedAt: c.closedAt,
      version: details.versionOf.get(c.id) ?? 1,
      createdById: c.createdBy.id,
      createdAt: c.openedAt,
      updatedAt: c.closedAt ?? c.heldAt ?? c.activatedAt ?? c.openedAt,
    };
  });
}
