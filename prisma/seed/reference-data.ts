// Configurable reference data: themes (needs), the outcomes framework, and unit fiscal benefits
// per outcome credited to the type of organisation that benefits (the GM CBA "wrong pocket").
import type { OrganisationType, Prisma } from "@/lib/generated/prisma/client";
import { required } from "./collections";
import type { Rng } from "./random";

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
 * Illustrative unit fiscal benefits in pounds, after the shape of the GM Unit Cost Database
 * (not its figures): who saves, and roughly how much, when the outcome is achieved.
 */
const unitBenefits: Record<OutcomeCode, readonly (readonly [OrganisationType, number])[]> = {
  HOMELESSNESS_PREVENTED: [
    ["LOCAL_AUTHORITY", 3_150],
    ["NHS_TRUST", 420],
  ],
  TENANCY_SUSTAINED: [
    ["HOUSING_PROVIDER", 7_100],
    ["LOCAL_AUTHORITY", 1_250],
  ],
  ENTERED_EMPLOYMENT: [
    ["JOBCENTRE_DWP", 10_300],
    ["LOCAL_AUTHORITY", 780],
  ],
  ENGAGED_WITH_TREATMENT: [
    ["NHS_TRUST", 2_700],
    ["POLICE", 4_450],
  ],
  REDUCED_OFFENDING: [
    ["POLICE", 3_900],
    ["PROBATION", 2_600],
  ],
  DEBT_MANAGED: [
    ["HOUSING_PROVIDER", 1_100],
    ["LOCAL_AUTHORITY", 650],
  ],
  IMPROVED_MENTAL_WELLBEING: [
    ["MENTAL_HEALTH_TRUST", 2_300],
    ["PRIMARY_CARE", 350],
  ],
  SCHOOL_ATTENDANCE_IMPROVED: [
    ["LOCAL_AUTHORITY", 1_700],
    ["EDUCATION", 700],
  ],
  DOMESTIC_ABUSE_RISK_REDUCED: [
    ["POLICE", 2_100],
    ["LOCAL_AUTHORITY", 3_400],
    ["NHS_TRUST", 1_100],
  ],
  FAMILY_STEPPED_DOWN: [["LOCAL_AUTHORITY", 2_900]],
  ANTI_SOCIAL_BEHAVIOUR_REDUCED: [
    ["POLICE", 700],
    ["HOUSING_PROVIDER", 1_500],
    ["LOCAL_AUTHORITY", 600],
  ],
  CONNECTED_TO_COMMUNITY: [
    ["PRIMARY_CARE", 420],
    ["NHS_TRUST", 650],
  ],
  EMERGENCY_ADMISSIONS_AVOIDED: [
    ["NHS_TRUST", 2_200],
    ["FIRE_AND_RESCUE", 150],
  ],
};

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

const UNIT_COST_SOURCE = "Illustrative, after the GM Unit Cost Database";

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

/** One row per outcome and beneficiary type; `namedBeneficiary` names the one organisation of a type where there is one. */
export function unitCostRows(
  rng: Rng,
  reference: ReferenceData,
  namedBeneficiary: (type: OrganisationType) => string | null,
  priceYear: number,
): Prisma.UnitCostCreateManyInput[] {
  return outcomeTypeSpecs.flatMap((spec) =>
    unitBenefits[spec.code].map(([type, pounds]) => ({
      id: rng.uuid(),
      outcomeTypeId: required(reference.outcomeTypeIds, spec.code, "outcome type"),
      beneficiaryType: type,
      beneficiaryOrganisationId: namedBeneficiary(type),
      fiscalBenefitPence: pounds * 100,
      priceYear,
      source: UNIT_COST_SOURCE,
      description: `Illustrative fiscal benefit per outcome, credited to ${beneficiaryLabels[type]}.`,
    })),
  );
}
