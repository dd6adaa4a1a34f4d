// The unit-cost table as CSV, every version with its dates (export), and the columns an import
// reads. Reuses the CSV reader and writer of lib/domain/csv.ts (which neutralises formulas).
export const unitCostColumns = [
  { name: "outcome_code", required: true, description: "The outcome's code, like TENANCY_SUSTAINED" },
  { name: "beneficiary_type", required: false, description: "Type of organisation receiving the fiscal value, like Police or NHS trust" },
  { name: "beneficiary_organisation", required: false, description: "Or the name of one organisation receiving it" },
  { name: "fiscal_per_year", required: true, description: "Fiscal value per year in pounds (0 if none)" },
  { name: "economic_per_year", required: false, description: "Economic value per year in pounds" },
  { name: "social_per_year", required: false, description: "Social value per year in pounds" },
  { name: "years", required: true, description: "Years the benefit lasts, 1 to 10" },
  { name: "deadweight_percent", required: true, description: "Deadweight, 0 to 100" },
  { name: "attribution_percent", required: true, description: "Attribution, 0 to 100" },
  { name: "confidence_grade", required: true, description: "Confidence grade of the evidence, 1 (best) to 6" },
  { name: "optimism_bias_percent", required: false, description: "Optimism-bias correction; the grade's default when empty" },
  { name: "price_year", required: true, description: "Price base year, like 2024" },
  { name: "source", required: true, description: "Where the values come from" },
  { name: "description", required: false, description: "A note on the line" },
  { name: "effective_from", required: true, description: "The date it applies from, as 2026-04-01 or 01/04/2026" },
] as const;

export const exportHeader = ["line_id", ...unitCostColumns.map((c) => c.name), "effective_to"];
