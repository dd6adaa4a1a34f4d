// Outcomes achieved on demo cases, from the outcomes framework, with a line of evidence. Most
// come at the close of cases that achieved their goals; a few on long-running open cases.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SeedCase } from "./cases";
import { required } from "./collections";
import { addDays, daysBetween, earliest, type Rng } from "./random";
import { outcomesForTheme, type OutcomeCode, type ReferenceData } from "./reference-data";

const evidence: Record<OutcomeCode, readonly string[]> = {
  HOMELESSNESS_PREVENTED: [
    "Notice withdrawn after arrears plan agreed; confirmed by the landlord.",
    "Moved into a settled private tenancy before the notice date.",
  ],
  TENANCY_SUSTAINED: [
    "Tenancy still in place at six-month review; rent account up to date.",
    "Housing provider confirms tenancy sustained and no further action.",
  ],
  ENTERED_EMPLOYMENT: [
    "Started a 20-hour-a-week job; confirmed by the work coach.",
    "Started full-time work; Universal Credit claim updated.",
  ],
  ENGAGED_WITH_TREATMENT: [
    "Attended treatment for 12 weeks; confirmed by the treatment provider.",
    "Completed the structured treatment programme.",
  ],
  REDUCED_OFFENDING: [
    "No further arrests in six months; confirmed by the police.",
    "Completed licence period with no breaches.",
  ],
  DEBT_MANAGED: ["Debt relief order approved.", "Repayment plan agreed with all priority creditors."],
  IMPROVED_MENTAL_WELLBEING: [
    "Wellbeing score improved by 8 points between first and last review.",
    "Discharged from the community mental health team with a relapse plan.",
  ],
  SCHOOL_ATTENDANCE_IMPROVED: [
    "Attendance above 92% for the autumn term; confirmed by the school.",
    "Attendance up from 70% to 94% over the term.",
  ],
  DOMESTIC_ABUSE_RISK_REDUCED: [
    "DASH score reduced from high to standard at review.",
    "Non-molestation order in place; risk reassessed as medium.",
  ],
  FAMILY_STEPPED_DOWN: [
    "Child in need plan closed to early help at review.",
    "Family stepped down to universal services.",
  ],
  ANTI_SOCIAL_BEHAVIOUR_REDUCED: [
    "No further reports for three months; confirmed by the housing officer.",
    "Acceptable behaviour contract completed.",
  ],
  CONNECTED_TO_COMMUNITY: [
    "Attends the weekly community lunch club.",
    "Volunteering one morning a week at the food bank.",
  ],
  EMERGENCY_ADMISSIONS_AVOIDED: [
    "No A&E attendances in six months, down from five the year before.",
    "No emergency admissions since the care plan started.",
  ],
};

export function outcomesFor(rng: Rng, c: SeedCase, reference: ReferenceData): Prisma.OutcomeCreateManyInput[] {
  let count = 0;
  if (c.closureReason === "OUTCOMES_ACHIEVED") count = rng.int(1, 2);
  else if (c.closureReason === "NEEDS_MET_ELSEWHERE") count = rng.chance(0.25) ? 1 : 0;
  else if (c.status !== "CLOSED" && daysBetween(c.openedAt, c.endAt) > 90) count = rng.chance(0.12) ? 1 : 0;
  if (count === 0) return [];

  const possible = [...new Set(c.themes.flatMap((t) => outcomesForTheme[t]))];
  const earliestDay = addDays(c.openedAt, Math.min(21, daysBetween(c.openedAt, c.endAt) / 2));
  return rng.sample(possible, count).map((code) => {
    const achievedOn = rng.dayBetween(earliestDay, c.endAt);
    return {
      id: rng.uuid(),
      caseId: c.id,
      outcomeTypeId: required(reference.outcomeTypeIds, code, "outcome type"),
      achievedOn,
      evidence: rng.pick(evidence[code]),
      recordedById: c.leadProfessional.id,
      createdAt: earliest(addDays(achievedOn, rng.float(0.4, 10)), c.endAt),
    };
  });
}
