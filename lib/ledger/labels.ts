// One label table per enum of the financial resource (and the organisation types, from lib/domain).
import type { BenefitKind, ContributionKind, InterventionType } from "@/lib/generated/prisma/enums";
export { organisationTypeLabels } from "@/lib/domain/labels";

export const interventionLabels: Record<InterventionType, string> = {
  TENANCY_SUPPORT: "Tenancy support",
  TREATMENT_PLACE: "Treatment place",
  EMPLOYMENT_SUPPORT: "Employment support",
  EMERGENCY_ACCOMMODATION: "Emergency accommodation",
  FAMILY_SUPPORT: "Family support",
  DEBT_ADVICE: "Debt advice",
  PERSONAL_BUDGET: "Personal budget",
  OTHER: "Other intervention",
};

export const contributionKindLabels: Record<ContributionKind, string> = { CASH: "Cash", IN_KIND: "In kind" };

export const benefitKindLabels: Record<BenefitKind, string> = { FISCAL: "Fiscal", ECONOMIC: "Economic", SOCIAL: "Social" };
