// Agreed actions on each demo case: who does what by when. Closed cases' actions are done or
// cancelled; on open cases some have slipped past their due date (overdue work is visible).
import { londonDayOf } from "@/lib/domain/london-time";
import type { ActionStatus, Prisma } from "@/lib/generated/prisma/client";
import type { SeedCase } from "./cases";
import type { SeedInvolvement } from "./case-team";
import { addDays, daysBetween, earliest, latest, type Rng } from "./random";
import type { ThemeCode } from "./reference-data";

const actionTexts: Record<ThemeCode, readonly string[]> = {
  HOMELESSNESS: [
    "Complete housing register application",
    "Arrange viewing of supported accommodation",
    "Request landlord meeting to discuss arrears",
    "Complete personal housing plan",
  ],
  SUBSTANCE_MISUSE: [
    "Book drug and alcohol assessment",
    "Arrange prescribing review",
    "Accompany to first treatment group",
  ],
  OFFENDING: [
    "Agree reporting arrangements with probation",
    "Share risk management plan with the team",
    "Arrange ID so a bank account can be opened",
  ],
  MENTAL_HEALTH: [
    "Book mental health assessment",
    "Arrange medication review with the GP",
    "Refer to talking therapies",
  ],
  PHYSICAL_HEALTH: [
    "Book GP review of long-term condition",
    "Arrange community nursing visit",
    "Request equipment assessment",
  ],
  DOMESTIC_ABUSE: ["Complete DASH risk assessment", "Refer to MARAC", "Arrange target hardening for the property"],
  EARLY_YEARS: ["Arrange health visitor check", "Apply for funded early education place", "Register child with a GP"],
  FAMILY_SUPPORT: ["Agree family plan with parents", "Meet school attendance officer", "Book parenting course place"],
  WORKLESSNESS: ["Book work coach appointment", "Update CV together", "Apply for training course"],
  DEBT: [
    "Complete income and expenditure form",
    "Apply for discretionary housing payment",
    "Contact creditors to pause recovery",
  ],
  ANTI_SOCIAL_BEHAVIOUR: [
    "Agree acceptable behaviour contract",
    "Joint visit with police and housing",
    "Refer to youth diversion activity",
  ],
  SOCIAL_ISOLATION: ["Introduce to local community group", "Arrange safe and well visit", "Set up befriending calls"],
};

function statusOf(rng: Rng, c: SeedCase, dueOn: Date, today: Date): ActionStatus {
  if (c.status === "CLOSED") return rng.chance(0.85) ? "DONE" : "CANCELLED";
  if (dueOn < today)
    return rng.weighted<ActionStatus>([
      ["DONE", 62],
      ["CANCELLED", 6],
      ["OPEN", 20],
      ["IN_PROGRESS", 12],
    ]);
  return rng.weighted<ActionStatus>([
    ["DONE", 15],
    ["OPEN", 50],
    ["IN_PROGRESS", 35],
  ]);
}

export function actionsFor(
  rng: Rng,
  now: Date,
  c: SeedCase,
  team: readonly SeedInvolvement[],
): Prisma.CaseActionCreateManyInput[] {
  const today = londonDayOf(now);
  const from = c.activatedAt ?? c.openedAt;
  const count = daysBetween(from, c.endAt) < 1 ? 1 : rng.int(1, 4);
  // Actions are agreed early on a closed case; on a live one the plan is kept current.
  const window =
    c.status === "CLOSED"
      ? [from, earliest(addDays(from, 60), c.endAt)]
      : [latest(from, addDays(c.endAt, -75)), c.endAt];
  return Array.from({ length: count }, () => {
    const createdAt = rng.workingTimeBetween(window[0], window[1]);
    const dueOn = londonDayOf(addDays(createdAt, rng.int(7, 42)));
    const status = statusOf(rng, c, dueOn, today);
    const present = team.filter((inv) => inv.joinedAt <= createdAt);
    const assignee = rng.pick(present.length ? present : team);
    const completedAt = status === "DONE" ? rng.dateBetween(createdAt, earliest(addDays(dueOn, 14), c.endAt)) : null;
    return {
      id: rng.uuid(),
      caseId: c.id,
      description: rng.pick(actionTexts[rng.pick(c.themes)]),
      assigneeOrganisationId: assignee.organisation.id,
      assigneeUserId: rng.chance(0.75) ? assignee.workers[0].id : null,
      dueOn,
      status,
      completedAt,
      createdById: c.leadProfessional.id,
      createdAt,
      updatedAt: completedAt ?? (status === "CANCELLED" ? c.endAt : createdAt),
    };
  });
}
