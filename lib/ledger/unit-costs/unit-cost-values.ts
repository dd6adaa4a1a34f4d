// A unit-cost form as typed, and the stored version a valid one becomes.
import type { DatePartsInput } from "@/lib/forms/date-parts";
import { readDateParts } from "@/lib/forms/date-parts";
import { textOf } from "@/lib/forms/form-values";
import type { z } from "zod";
import type { unitCostValuesSchema } from "./schemas";

export type UnitCostValues = {
  outcomeTypeId: string;
  beneficiary: string;
  fiscal: string;
  economic: string;
  social: string;
  years: string;
  deadweight: string;
  attribution: string;
  confidenceGrade: string;
  optimismBias: string;
  priceYear: string;
  source: string;
  description: string;
  effectiveFrom: DatePartsInput;
};

export function unitCostValuesOf(formData: FormData): UnitCostValues {
  const names = ["outcomeTypeId", "beneficiary", "fiscal", "economic", "social", "years", "deadweight", "attribution", "confidenceGrade", "optimismBias", "priceYear", "source", "description"] as const;
  return { ...(Object.fromEntries(names.map((n) => [n, textOf(formData, n)])) as Omit<UnitCostValues, "effectiveFrom">), effectiveFrom: readDateParts(formData, "effectiveFrom") };
}

export const unitCostFieldOrder = ["outcomeTypeId", "beneficiary", "fiscal", "economic", "social", "years", "deadweight", "attribution", "confidenceGrade", "optimismBias", "priceYear", "source", "description", "effectiveFrom"] as const;

export function versionData(v: z.output<typeof unitCostValuesSchema>) {
  return {
    ...v.beneficiary,
    fiscalPencePerYear: v.fiscal,
    economicPencePerYear: v.economic,
    socialPencePerYear: v.social,
    years: v.years,
    deadweightBasisPoints: v.deadweight,
    attributionBasisPoints: v.attribution,
    confidenceGrade: v.confidenceGrade,
    optimismBiasBasisPoints: v.optimismBias,
    priceYear: v.priceYear,
    source: v.source,
    description: v.description || null,
    effectiveFrom: v.effectiveFrom,
  };
}
