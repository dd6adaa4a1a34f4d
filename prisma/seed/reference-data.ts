// Configurable reference data: themes (needs), the outcomes framework, and unit fiscal benefits
// per outcome credited to the type of organisation that benefits (the GM CBA "wrong pocket").
import type { OrganisationType, Prisma } from "@/lib/generated/prisma/client";
import type { UnitCostVersion } from "@/lib/domain/outcome-credits";
import { required } from "./collections";
import type { Rng } from "./random";
import { uuid } from "@/lib/domain/uuid";

export const themeSpecs = [
  { code: "HOMELESSNESS", name: "Homelessness" },
  { code: "SUBSTANCE_MISUSE", name: "Substance misuse" },
  { code: "OFFENDING", name: "Offending" },
  { code: "MENTAL_HEALTH", name: "Mental health" },
  { code: "PHYSICAL_HEALTH", name: "Physical health" },
  { code: "DOMESTIC_ABUSE", name: "Domestic abuse" },
  { code: "EARLY_YEARS", name: "Early years" },
  { code: "FAMILY_SUPPORT", name: "Family support" },
  { code: "WORKLESSNESS", name: "Worklessness" },
  { code: "DEBT", name: "Debt" },
  { code: "ANTI_SOCIAL_BEHAVIOUR", name: "Anti-social behaviour" },
  { code: "SOCIAL_ISOLATION", name: "Social isolation" },
] as const;

export type ThemeCode = (typeof themeSpecs)[number]["code"];

const outcomeTypeSpecs = [
  {
    code: "HOMELESSNESS_PREVENTED",
    name: "Homelessness prevented",
    description: "Settled accommodation kept or secured before the person became homeless.",
  },
  {
    code: "TENANCY_SUSTAINED",
    name: "Tenancy sustained",
    description: "Tenancy at risk still in place six months on.",
  },
  {
    code: "ENTERED_EMPLOYMENT",
    name: "Entered employment",
    description: "Started paid work of 16 hours or more a week.",
  },
  {
    code: "ENGAGED_WITH_TREATMENT",
    name: "Engaged with treatment",
    description: "Attended drug, alcohol or mental health treatment for 12 weeks or more.",
  },
  {
    code: "REDUCED_OFFENDING",
    name: "Reduced offending",
    description: "No further proven offence in the follow-up period.",
  },
  { code: "DEBT_MANAGED", name: "Debt managed", description: "Debts under a managed repayment plan or written off." },
  {
    code: "IMPROVED_MENTAL_WELLBEING",
    name: "Improved mental wellbeing",
    description: "Wellbeing score improved on a validated scale.",
  },
  {
    code: "SCHOOL_ATTENDANCE_IMPROVED",
    name: "School attendance improved",
    description: "Child's attendance above 90% for a full term.",
  },
  {
    code: "DOMESTIC_ABUSE_RISK_REDUCED",
    name: "Domestic abuse risk reduced",
    description: "Risk assessment score lowered from high to medium or standard.",
  },
  {
    code: "FAMILY_STEPPED_DOWN",
    name: "Family stepped down from social care",
    description: "Child in need plan closed to early help.",
  },
  {
    code: "ANTI_SOCIAL_BEHAVIOUR_REDUCED",
    name: "Anti-social behaviour reduced",
    description: "No further reports for three months.",
  },
  {
    code: "CONNECTED_TO_COMMUNITY",
    name: "Connected to community support",
    description: "Regularly attending a community group or activity.",
  },
  {
    code: "EMERGENCY_ADMISSIONS_AVOIDED",
    name: "Emergency admissions avoided",
    description: "Fewer A&E attendances and emergency admissions than the year before.",
  },
] as const;

export type OutcomeCode = (typeof outcomeTypeSpecs)[number]["code"];

/** Outcomes that plausibly follow work on each theme. */
export const outcomesForTheme: Record<ThemeCode, readonly OutcomeCode[]> = {
  HOMELESSNESS: ["HOMELESSNESS_PREVENTED", "TENANCY_SUSTAINED"],
  SUBSTANCE_MISUSE: ["ENGAGED_WITH_TREATMENT"],
  OFFENDING: ["REDUCED_OFFENDING"],
  MENTAL_HEALTH: ["IMPROVED_MENTAL_WELLBEING", "ENGAGED_WITH_TREATMENT"],
  PHYSICAL_HEALTH: ["EMERGENCY_ADMISSIONS_AVOIDED"],
  DOMESTIC_ABUSE: ["DOMESTIC_ABUSE_RISK_REDUCED"],
  EARLY_YEARS: ["FAMILY_STEPPED_DOWN"],
  FAMILY_SUPPORT: ["SCHOOL_ATTENDANCE_IMPROVED", "FAMILY_STEPPED_DOWN"],
  WORKLESSNESS: ["ENTERED_EMPLOYMENT"],
  DEBT: ["DEBT_MANAGED", "TENANCY_SUSTAINED"],
  ANTI_SOCIAL_BEHAVIOUR: ["ANTI_SOCIAL_BEHAVIOUR_REDUCED"],
  SOCIAL_ISOLATION: ["CONNECTED_TO_COMMUNITY", "EMERGENCY_ADMISSIONS_AVOIDED"],
};

/**
 * ILLUSTRATIVE unit costs, after the shape of the GM Unit Cost Database (not its figures): per
 * outcome, each line's beneficiary, fiscal value per year in pounds, years it lasts, deadweight %,
 * attribution %, confidence grade, and (on the outcome's first line) economic and social value
 * per year in pounds.
 */
type Line = readonly [OrganisationType | "DWP", number, number, number, number, 1 | 2 | 3 | 4 | 5 | 6, number?, number?];
const unitBenefits: Record<OutcomeCode, readonly Line[]> = {
  HOMELESSNESS_PREVENTED: [["LOCAL_AUTHORITY", 3_150, 1, 20, 60, 2, 0, 1_900], ["NHS_TRUST", 420, 1, 20, 60, 3]],
  TENANCY_SUSTAINED: [["HOUSING_PROVIDER", 7_100, 2, 30, 60, 2, 0, 1_200], ["LOCAL_AUTHORITY", 1_250, 2, 30, 60, 3]],
  ENTERED_EMPLOYMENT: [["DWP", 10_300, 2, 40, 50, 2, 14_600, 2_300], ["LOCAL_AUTHORITY", 780, 2, 40, 50, 4]],
  ENGAGED_WITH_TREATMENT: [["NHS_TRUST", 2_700, 2, 25, 60, 3, 0, 3_300], ["POLICE", 4_450, 2, 25, 50, 3]],
  REDUCED_OFFENDING: [["POLICE", 3_900, 2, 30, 50, 3, 0, 2_100], ["PROBATION", 2_600, 2, 30, 50, 3]],
  DEBT_MANAGED: [["HOUSING_PROVIDER", 1_100, 1, 25, 70, 4, 0, 900], ["LOCAL_AUTHORITY", 650, 1, 25, 70, 4]],
  IMPROVED_MENTAL_WELLBEING: [["MENTAL_HEALTH_TRUST", 2_300, 1, 30, 50, 4, 0, 4_100], ["PRIMARY_CARE", 350, 1, 30, 50, 4]],
  SCHOOL_ATTENDANCE_IMPROVED: [["LOCAL_AUTHORITY", 1_700, 1, 30, 50, 3, 0, 600], ["EDUCATION", 700, 1, 30, 50, 4]],
  DOMESTIC_ABUSE_RISK_REDUCED: [["POLICE", 2_100, 1, 20, 60, 3, 0, 5_200], ["LOCAL_AUTHORITY", 3_400, 1, 20, 60, 3], ["NHS_TRUST", 1_100, 1, 20, 60, 4]],
  FAMILY_STEPPED_DOWN: [["LOCAL_AUTHORITY", 2_900, 1, 25, 60, 2, 0, 1_500]],
  ANTI_SOCIAL_BEHAVIOUR_REDUCED: [["POLICE", 700, 1, 35, 50, 4, 0, 800], ["HOUSING_PROVIDER", 1_500, 1, 35, 50, 4], ["LOCAL_AUTHORITY", 600, 1, 35, 50, 4]],
  CONNECTED_TO_COMMUNITY: [["PRIMARY_CARE", 420, 1, 40, 50, 5, 0, 1_700], ["NHS_TRUST", 650, 1, 40, 50, 5]],
  EMERGENCY_ADMISSIONS_AVOIDED: [["NHS_TRUST", 2_200, 1, 30, 50, 3, 0, 700], ["FIRE_AND_RESCUE", 150, 1, 30, 50, 5]],
};

/** The demo's one change part-way: the housing provider's value of a sustained tenancy rose. */
export const changedUnitCost = { outcome: "TENANCY_SUSTAINED" as OutcomeCode, beneficiary: "HOUSING_PROVIDER" as OrganisationType, fromPounds: 6_400, daysAgo: 120 };

const beneficiaryLabels: Record<OrganisationType, string> = {
  LOCAL_AUTHORITY: "the local authority",
  NHS_TRUST: "NHS acute and community trusts",
  PRIMARY_CARE: "primary care",
  MENTAL_HEALTH_TRUST: "the mental health trust",
  POLICE: "the police",
  PROBATION: "the Probation Service",
  FIRE_AND_RESCUE: "the fire and rescue service",
  HOUSING_PROVIDER: "the housing provider",
  JOBCENTRE_DWP: "the Department for Work and Pensions",
  EDUCATION: "schools and colleges",
  VCSE: "the voluntary sector",
  UNIVERSITY: "universities",
  OTHER: "other public bodies",
};

const UNIT_COST_SOURCE = "ILLUSTRATIVE demo value, after the shape of the GM Unit Cost Database (not its figures)";
const gradeBias = [0, 0, 500, 1000, 1500, 2500, 4000];

export interface ReferenceData {
  themeIds: Map<ThemeCode, string>;
  outcomeTypeIds: Map<OutcomeCode, string>;
  themes: Prisma.ThemeCreateManyInput[];
  outcomeTypes: Prisma.OutcomeTypeCreateManyInput[];
}

export function buildReferenceData(rng: Rng): ReferenceData {
  const themes = themeSpecs.map((spec, i) => ({
    id: rng.uuid(),
    code: spec.code,
    name: spec.name,
    sortOrder: (i + 1) * 10,
  }));
  const outcomeTypes = outcomeTypeSpecs.map((spec) => ({ id: rng.uuid(), ...spec }));
  return {
    themeIds: new Map(themes.map((t) => [t.code, t.id])),
    outcomeTypeIds: new Map(outcomeTypes.map((o) => [o.code, o.id])),
    themes,
    outcomeTypes,
  };
}

/**
 * One row per outcome and beneficiary (the DWP line names the one DWP organisation), in force
 * from `since`; the changed line has an earlier version up to its change date.
 */
export function unitCostRows(
  rng: Rng,
  reference: ReferenceData,
  dwpId: string | null,
  priceYear: number,
  since: Date,
  now: Date,
): (Prisma.UnitCostCreateManyInput & UnitCostVersion)[] {
  const changedOn = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - changedUnitCost.daysAgo));
  return outcomeTypeSpecs.flatMap((spec) =>
    unitBenefits[spec.code].flatMap(([beneficiary, pounds, years, deadweight, attribution, grade, economic = 0, social = 0]) => {
      const type: OrganisationType = beneficiary === "DWP" ? "JOBCENTRE_DWP" : beneficiary;
      const lineId = rng.uuid();
      const base = {
        lineId,
        outcomeTypeId: required(reference.outcomeTypeIds, spec.code, "outcome type"),
        beneficiaryType: beneficiary === "DWP" ? null : type,
        beneficiaryOrganisationId: beneficiary === "DWP" ? dwpId : null,
        economicPencePerYear: economic * 100,
        socialPencePerYear: social * 100,
        years,
        deadweightBasisPoints: deadweight * 100,
        attributionBasisPoints: attribution * 100,
        confidenceGrade: grade,
        optimismBiasBasisPoints: gradeBias[grade],
        priceYear,
        source: UNIT_COST_SOURCE,
        description: `Illustrative value per outcome, credited to ${beneficiaryLabels[type]}.`,
      };
      const changed = spec.code === changedUnitCost.outcome && type === changedUnitCost.beneficiary;
      return changed
        ? [
            { ...base, id: rng.uuid(), fiscalPencePerYear: changedUnitCost.fromPounds * 100, effectiveFrom: since, effectiveTo: changedOn },
            { ...base, id: rng.uuid(), fiscalPencePerYear: pounds * 100, effectiveFrom: changedOn, effectiveTo: null },
          ]
        : [{ ...base, id: rng.uuid(), fiscalPencePerYear: pounds * 100, effectiveFrom: since, effectiveTo: null }];
    }),
  );
}
