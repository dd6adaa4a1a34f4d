// The arithmetic of the Greater Manchester cost–benefit analysis method (HM Treasury Green Book
// supplementary guidance, 2014), in integer pence: exact, and rounded in one place only — each
// year of each stream of value is rounded to the nearest penny (halves up), and every total is a
// sum of those rounded pence. lib/ledger/README.md writes the formulas out.

/** Green Book discount rate: 3.5 % a year, as the exact fraction 207/200 per year. */
export const discountRate = { numerator: 207n, denominator: 200n, percent: 3.5 } as const;
export const basisPointsPerWhole = 10_000;
export const maxYears = 10;

/** The GM CBA model's confidence grades and the optimism-bias correction each carries by default
 * (the 2014 guidance's table; each unit-cost row stores its own percentage, so a partnership
 * following a later edition changes the row, not the code). */
export const confidenceGrades = [
  { grade: 1, optimismBiasBasisPoints: 0, evidence: "Independently audited cost from local data, less than a year old" },
  { grade: 2, optimismBiasBasisPoints: 500, evidence: "Cost from a recognised national source, up to two years old" },
  { grade: 3, optimismBiasBasisPoints: 1000, evidence: "Cost from a reputable published study, up to three years old" },
  { grade: 4, optimismBiasBasisPoints: 1500, evidence: "Cost from a single study or a local estimate, up to five years old" },
  { grade: 5, optimismBiasBasisPoints: 2500, evidence: "Estimate from older or partial data" },
  { grade: 6, optimismBiasBasisPoints: 4000, evidence: "Expert judgement, with no robust published source" },
] as const;

export type StreamInput = {
  /** The unit cost's value per year of the outcome, in pence. */
  annualPence: number;
  years: number;
  deadweightBasisPoints: number;
  attributionBasisPoints: number;
  optimismBiasBasisPoints: number;
  /** Shared equally between this many organisations (1 when not shared). */
  shareOf: number;
};

export type Stream = {
  /** Present value of each year before the adjustments (first year undiscounted). */
  grossByYear: number[];
  /** The same after deadweight, attribution and optimism bias. */
  netByYear: number[];
  gross: number;
  net: number;
};

/** n / d rounded to the nearest integer, halves away from zero (n ≥ 0, d > 0 here). */
function roundedQuotient(n: bigint, d: bigint): number {
  return Number((2n * n + d) / (2n * d));
}

/**
 * A unit cost's value as present values year by year: in year y (0 for the year the outcome is
 * achieved) annual × (1 − deadweight) × attribution × (1 − optimism bias) ÷ share ÷ 1.035^y.
 */
export function benefitStream(input: StreamInput): Stream {
  const whole = BigInt(basisPointsPerWhole);
  const annual = BigInt(input.annualPence);
  const adjustment =
    (whole - BigInt(input.deadweightBasisPoints)) * BigInt(input.attributionBasisPoints) * (whole - BigInt(input.optimismBiasBasisPoints));
  const share = BigInt(input.shareOf);
  const grossByYear: number[] = [];
  const netByYear: number[] = [];
  let growth = 1n; // 200^y
  let decay = 1n; // 207^y
  for (let year = 0; year < input.years; year += 1) {
    grossByYear.push(roundedQuotient(annual * growth, share * decay));
    netByYear.push(roundedQuotient(annual * adjustment * growth, whole * whole * whole * share * decay));
    growth *= discountRate.denominator;
    decay *= discountRate.numerator;
  }
  return { grossByYear, netByYear, gross: sum(grossByYear), net: sum(netByYear) };
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

/** Element-wise sum of year-by-year values of different lengths. */
export function addByYear(a: readonly number[], b: readonly number[]): number[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? 0) + (b[i] ?? 0));
}

/**
 * Splits `total` pence between parts in proportion to `weights`, rounding so the parts add up to
 * the total exactly (largest remainder; ties to the earlier part).
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (weightSum === 0n) return weights.map(() => 0);
  const sign = total < 0 ? -1n : 1n;
  const magnitude = BigInt(Math.abs(total));
  const exact = weights.map((w) => magnitude * BigInt(w));
  const floors = exact.map((e) => e / weightSum);
  let left = magnitude - floors.reduce((s, f) => s + f, 0n);
  const order = exact.map((e, i) => ({ i, remainder: e % weightSum })).sort((a, b) => (b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : a.i - b.i));
  for (const { i } of order) {
    if (left === 0n) break;
    floors[i] += 1n;
    left -= 1n;
  }
  return floors.map((f) => Number(f * sign));
}

/** Benefits per £1 of cost (a ratio), or null when nothing was spent. */
export function returnOnInvestment(benefitPence: number, costPence: number): number | null {
  return costPence > 0 ? benefitPence / costPence : null;
}

/**
 * The payback period in years: when the benefits, counted year by year from the year each
 * outcome was achieved, first add up to the cost (within a year, as if its value came evenly).
 * Null ("not yet paid back") when all the years together do not reach the cost.
 */
export function paybackYears(costPence: number, benefitByYear: readonly number[]): number | null {
  if (costPence <= 0) return 0;
  let cumulative = 0;
  for (let year = 0; year < benefitByYear.length; year += 1) {
    const value = benefitByYear[year];
    if (value > 0 && cumulative + value >= costPence) return year + (costPence - cumulative) / value;
    cumulative += value;
  }
  return null;
}
