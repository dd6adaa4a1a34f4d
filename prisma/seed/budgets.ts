// Pooled budgets: one per neighbourhood for each financial year the case window touches, with
// contributions from two to five partners and spend on interventions for cases.
import { londonDayOf } from "@/lib/domain/london-time";
import type { InterventionType, Prisma } from "@/lib/generated/prisma/client";
import type { SeedCase } from "./cases";
import { CASE_WINDOW_DAYS } from "./cases";
import type { Geography } from "./geography";
import { organisationsFor } from "./organisations";
import type { SeedOrganisation } from "./organisations";
import { addDays, earliest, type Rng } from "./random";
import type { ThemeCode } from "./reference-data";
import type { Workforce } from "./users";

export interface Budgets {
  budgets: Prisma.PooledBudgetCreateManyInput[];
  contributions: Prisma.BudgetContributionCreateManyInput[];
  spends: Prisma.BudgetSpendCreateManyInput[];
}

const BUDGET_NAME = "Integrated neighbourhood pooled budget";
const CONTRIBUTOR_TYPES = [
  "NHS_TRUST",
  "MENTAL_HEALTH_TRUST",
  "POLICE",
  "HOUSING_PROVIDER",
  "PRIMARY_CARE",
  "JOBCENTRE_DWP",
  "PROBATION",
];

/** Financial years start on 1 April and go by their starting calendar year. */
function financialYearOf(date: Date): number {
  return date.getUTCMonth() >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

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
const interventionDetails: Record<
  InterventionType,
  { descriptions: readonly string[]; pounds: readonly [number, number] }
> = {
  TENANCY_SUPPORT: {
    descriptions: [
      "Rent in advance and deposit for a new tenancy",
      "Furniture pack for a new tenancy",
      "Tenancy sustainment support sessions",
    ],
    pounds: [300, 2_500],
  },
  EMERGENCY_ACCOMMODATION: {
    descriptions: ["Emergency accommodation while a placement was found", "Refuge space top-up"],
    pounds: [400, 3_500],
  },
  TREATMENT_PLACE: {
    descriptions: ["Residential rehabilitation placement (part-funded)", "Detox bed nights"],
    pounds: [1_500, 8_000],
  },
  EMPLOYMENT_SUPPORT: {
    descriptions: ["Construction skills card course and safety boots", "Travel costs for the first month in work"],
    pounds: [250, 1_800],
  },
  FAMILY_SUPPORT: {
    descriptions: ["Family support worker sessions", "Parenting course place", "School uniform and travel"],
    pounds: [300, 2_500],
  },
  DEBT_ADVICE: { descriptions: ["Specialist debt advice casework", "Debt relief order fee"], pounds: [90, 900] },
  PERSONAL_BUDGET: {
    descriptions: [
      "Bus pass and leisure pass for the wellbeing plan",
      "Phone and credit to stay in contact",
      "Personal budget for a wellbeing activity",
    ],
    pounds: [100, 1_500],
  },
  OTHER: { descriptions: ["Replacement ID documents", "Place on a diversionary activity"], pounds: [60, 800] },
};

const teamSpends = [
  "Room hire for the weekly multi-agency drop-in",
  "Interpreting for team meetings",
  "Training: trauma-informed practice for the team",
  "Small grants to local community groups",
];

const pence = (pounds: number) => Math.round(pounds) * 100;

export function buildBudgets(
  rng: Rng,
  now: Date,
  geography: Geography,
  organisations: readonly SeedOrganisation[],
  cases: readonly SeedCase[],
  workforce: Workforce,
): Budgets {
  const today = londonDayOf(now);
  const result: Budgets = { budgets: [], contributions: [], spends: [] };
  const budgetIdOf = new Map<string, string>();
  const firstYear = financialYearOf(addDays(now, -CASE_WINDOW_DAYS));
  const lastYear = financialYearOf(now);

  for (const neighbourhood of geography.neighbourhoods) {
    const locality = neighbourhood.locality.name;
    const serving = organisationsFor(organisations, locality);
    const councilWorkers = serving
      .filter((o) => o.type === "LOCAL_AUTHORITY")
      .flatMap((o) => workforce.workersOf(o, locality));
    const scale = neighbourhood.population / 40_000;
    for (let year = firstYear; year <= lastYear; year++) {
      const yearStart = new Date(Date.UTC(year, 3, 1));
      const yearEnd = earliest(new Date(Date.UTC(year + 1, 2, 31)), today);
      const id = rng.uuid();
      budgetIdOf.set(`${neighbourhood.id}|${year}`, id);
      result.budgets.push({
        id,
        neighbourhoodId: neighbourhood.id,
        name: BUDGET_NAME,
        financialYear: year,
        createdAt: addDays(yearStart, -20),
      });
      const partners = rng.sample(
        serving.filter((o) => CONTRIBUTOR_TYPES.includes(o.type)),
        rng.int(1, 4),
      );
      for (const organisation of [...serving.filter((o) => o.type === "LOCAL_AUTHORITY"), ...partners]) {
        const pounds = organisation.type === "LOCAL_AUTHORITY" ? rng.float(12_000, 35_000) : rng.float(3_000, 12_000);
        result.contributions.push({
          id: rng.uuid(),
          budgetId: id,
          organisationId: organisation.id,
          amountPence: Math.round((pounds * scale) / 500) * 500 * 100,
          contributedOn: earliest(rng.dayBetween(yearStart, addDays(yearStart, 45)), today),
        });
      }
      for (let i = rng.int(2, 5); i > 0; i--) {
        result.spends.push({
          id: rng.uuid(),
          budgetId: id,
          caseId: null,
          intervention: "OTHER",
          description: rng.pick(teamSpends),
          amountPence: pence(rng.float(150, 2_500)),
          spentOn: rng.dayBetween(yearStart, yearEnd),
          recordedById: councilWorkers.length ? rng.pick(councilWorkers).id : null,
        });
      }
    }
  }

  for (const c of cases) {
    const chance = c.themes.includes("HOMELESSNESS") ? 0.55 : c.themes.includes("SUBSTANCE_MISUSE") ? 0.45 : 0.3;
    if (!rng.chance(chance)) continue;
    for (let i = rng.int(1, 2); i > 0; i--) {
      const spentOn = rng.dayBetween(earliest(addDays(c.openedAt, 2), c.endAt), c.endAt);
      const budgetId = budgetIdOf.get(`${c.neighbourhood.id}|${financialYearOf(spentOn)}`);
      if (!budgetId) continue;
      const intervention = rng.pick(interventionsForTheme[rng.pick(c.themes)]);
      const details = interventionDetails[intervention];
      result.spends.push({
        id: rng.uuid(),
        budgetId,
        caseId: c.id,
        intervention,
        description: rng.pick(details.descriptions),
        amountPence: pence(rng.float(details.pounds[0], details.pounds[1])),
        spentOn,
        recordedById: c.leadProfessional.id,
      });
    }
  }
  return result;
}
