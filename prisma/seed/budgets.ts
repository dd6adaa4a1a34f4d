// Pooled budgets: one per neighbourhood for each financial year the case window touches, with
// contributions from the council and two to five partners, and spend on interventions for a
// realistic share of cases, never more than a budget holds. Spend above the threshold was
// approved or declined by the locality's budget holder, or (lately) is still waiting.
// The story: in Bolton, one neighbourhood's spend has already paid back and one's has not yet.
import { londonDayOf } from "@/lib/domain/london-time";
import { financialYearOf } from "@/lib/domain/financial-year";
import type { InterventionType, Prisma } from "@/lib/generated/prisma/client";
import type { SeedCase } from "./cases";
import { CASE_WINDOW_DAYS } from "./cases";
import type { Geography } from "./geography";
import { organisationsFor } from "./organisations";
import type { SeedOrganisation } from "./organisations";
import { addDays, earliest, type Rng } from "./random";
import type { ThemeCode } from "./reference-data";
import { uuid } from "@/lib/domain/uuid";

export interface Budgets {
  budgets: Prisma.PooledBudgetCreateManyInput[];
  contributions: Prisma.BudgetContributionCreateManyInput[];
  spends: Prisma.BudgetSpendCreateManyInput[];
  decisions: Prisma.SpendDecisionCreateManyInput[];
}

const BUDGET_NAME = "Integrated neighbourhood pooled budget";
const APPROVAL_THRESHOLD_PENCE = 250_000;
const CONTRIBUTOR_TYPES = ["NHS_TRUST", "MENTAL_HEALTH_TRUST", "POLICE", "HOUSING_PROVIDER", "PRIMARY_CARE", "JOBCENTRE_DWP", "PROBATION"];

const interventionsForTheme: Record<ThemeCode, readonly InterventionType[]> = {
  HOMELESSNESS: ["TENANCY_SUPPORT", "EMERGENCY_ACCOMMODATION"],
  SUBSTANCE_MISUSE: ["TREATMENT_PLACE"],
  OFFENDING: ["OTHER"],
  MENTAL_HEALTH: ["PERSONAL_BUDGET"],
  PHYSICAL_HEALTH: ["PERSONAL_BUDGET"],
  DOMESTIC_ABUSE: ["FAMILY_SUPPORT", "EMERGENCY_ACCOMMODATION"],
  EARLY_YEARS: ["FAMILY_SUPPORT"],
  FAMILY_SUPPORT: ["FAMILY_SUPPORT"],
  WORKLESSNESS: ["EMPLOYMENT_SUPPORT"],
  DEBT: ["DEBT_ADVICE"],
  ANTI_SOCIAL_BEHAVIOUR: ["OTHER"],
  SOCIAL_ISOLATION: ["PERSONAL_BUDGET"],
};

/** What each intervention buys, and its usual cost range in pounds. */
const interventionDetails: Record<InterventionType, { descriptions: readonly string[]; pounds: readonly [number, number] }> = {
  TENANCY_SUPPORT: { descriptions: ["Rent in advance and deposit for a new tenancy", "Furniture pack for a new tenancy", "Tenancy sustainment support sessions"], pounds: [300, 2_500] },
  EMERGENCY_ACCOMMODATION: { descriptions: ["Emergency accommodation while a placement was found", "Refuge space top-up"], pounds: [400, 3_500] },
  TREATMENT_PLACE: { descriptions: ["Residential rehabilitation placement (part-funded)", "Detox bed nights"], pounds: [1_500, 8_000] },
  EMPLOYMENT_SUPPORT: { descriptions: ["Construction skills card course and safety boots", "Travel costs for the first month in work"], pounds: [250, 1_800] },
  FAMILY_SUPPORT: { descriptions: ["Family support worker sessions", "Parenting course place", "School uniform and travel"], pounds: [300, 2_500] },
  DEBT_ADVICE: { descriptions: ["Specialist debt advice casework", "Debt relief order fee"], pounds: [90, 900] },
  PERSONAL_BUDGET: { descriptions: ["Bus pass and leisure pass for the wellbeing plan", "Phone and credit to stay in contact", "Personal budget for a wellbeing activity"], pounds: [100, 1_500] },
  OTHER: { descriptions: ["Replacement ID documents", "Place on a diversionary activity"], pounds: [60, 800] },
};

const pence = (pounds: number) => Math.round(pounds) * 100;

/** The two Bolton neighbourhoods of the story, by code. */
export const storyNeighbourhoods = { paysBack: "BOL-N01", notYet: "BOL-N02" } as const;

export function buildBudgets(
  rng: Rng,
  now: Date,
  geography: Geography,
  organisations: readonly SeedOrganisation[],
  cases: readonly SeedCase[],
  budgetHolderOf: (localityName: string) => string | null,
): Budgets {
  const today = londonDayOf(now);
  const result: Budgets = { budgets: [], contributions: [], spends: [], decisions: [] };
  const budgetOf = new Map<string, { id: string; available: number }>();
  const firstYear = financialYearOf(addDays(now, -CASE_WINDOW_DAYS));
  const lastYear = financialYearOf(now);

  for (const neighbourhood of geography.neighbourhoods) {
    const serving = organisationsFor(organisations, neighbourhood.locality.name);
    const scale = neighbourhood.population / 40_000;
    for (let year = firstYear; year <= lastYear; year++) {
      const yearStart = new Date(Date.UTC(year, 3, 1));
      const id = rng.uuid();
      result.budgets.push({ id, neighbourhoodId: neighbourhood.id, name: BUDGET_NAME, financialYear: year, approvalThresholdPence: APPROVAL_THRESHOLD_PENCE, createdAt: addDays(yearStart, -20) });
      const partners = rng.sample(serving.filter((o) => CONTRIBUTOR_TYPES.includes(o.type)), rng.int(2, 5));
      let total = 0;
      for (const organisation of [...serving.filter((o) => o.type === "LOCAL_AUTHORITY"), ...partners]) {
        const pounds = organisation.type === "LOCAL_AUTHORITY" ? rng.float(40_000, 70_000) : rng.float(8_000, 25_000);
        const inKind = organisation.type !== "LOCAL_AUTHORITY" && rng.chance(0.25);
        const amountPence = Math.round((pounds * scale) / 500) * 500 * 100;
        total += amountPence;
        result.contributions.push({
          id: rng.uuid(),
          budgetId: id,
          organisationId: organisation.id,
          kind: inKind ? "IN_KIND" : "CASH",
          description: inKind ? "Staff time: a practitioner two days a week in the neighbourhood team" : null,
          amountPence,
          contributedOn: earliest(rng.dayBetween(yearStart, addDays(yearStart, 45)), today),
        });
      }
      budgetOf.set(`${neighbourhood.id}|${year}`, { id, available: total });
    }
  }

  const spend = (c: SeedCase, spentOn: Date, intervention: InterventionType, amountPence: number) => {
    const budget = budgetOf.get(`${c.neighbourhood.id}|${financialYearOf(spentOn)}`);
    // Every entry, even one declined later, was committed when recorded: keep within what is there.
    if (!budget || amountPence > budget.available) return;
    budget.available -= amountPence;
    const id = rng.uuid();
    const needsApproval = amountPence > APPROVAL_THRESHOLD_PENCE;
    result.spends.push({
      id,
      budgetId: budget.id,
      caseId: c.id,
      neighbourhoodId: c.neighbourhood.id,
      intervention,
      description: rng.pick(interventionDetails[intervention].descriptions),
      amountPence,
      spentOn,
      needsApproval,
      recordedById: c.leadProfessional.id,
      recordedByOrganisationId: c.leadOrganisation.id,
      createdAt: spentOn,
    });
    const holder = budgetHolderOf(c.neighbourhood.locality.name);
    if (needsApproval && holder && spentOn < addDays(today, -10)) {
      const approved = rng.chance(0.85);
      result.decisions.push({
        spendId: id,
        decision: approved ? "APPROVED" : "DECLINED",
        reason: approved ? null : "Please look first at the treatment provider's own hardship fund.",
        decidedById: holder,
        decidedAt: addDays(spentOn, rng.int(1, 4)),
      });
    }
  };

  for (const c of cases) {
    const code = c.neighbourhood.code;
    const base = c.themes.includes("HOMELESSNESS") ? 0.5 : c.themes.includes("SUBSTANCE_MISUSE") ? 0.4 : 0.25;
    const chance = code === storyNeighbourhoods.paysBack ? base * 0.5 : code === storyNeighbourhoods.notYet ? Math.min(0.9, base * 2.2) : base;
    if (!rng.chance(chance)) continue;
    for (let i = rng.int(1, 2); i > 0; i--) {
      const spentOn = rng.dayBetween(earliest(addDays(c.openedAt, 2), c.endAt), c.endAt);
      const intervention = code === storyNeighbourhoods.notYet && rng.chance(0.5) ? "TREATMENT_PLACE" : rng.pick(interventionsForTheme[rng.pick(c.themes)]);
      const [low, high] = interventionDetails[intervention].pounds;
      const pounds = code === storyNeighbourhoods.paysBack ? rng.float(low, (low + high) / 2) : rng.float(low, high);
      spend(c, spentOn, intervention, pence(pounds));
    }
  }
  return result;
}
