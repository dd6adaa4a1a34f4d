// Small-number protection for published aggregates (DOMAIN.md: "dashboards suppress small
// numbers"). The rule, as the dashboards explain it:
//  1. A count from 1 to 4 is shown as "<5" (primary suppression).
//  2. Counts that are published together in one equation — parts and their total: the
//     neighbourhoods of a locality, the months of a period, referral outcomes and referrals
//     sent — form a "relation". If exactly one count of a relation is hidden, the
//     others would give it away, so the smallest non-zero count still shown in that relation is
//     hidden too, as "[c]" (secondary suppression). This repeats until no relation has exactly
//     one hidden count.
//  3. A rate, average or median worked out from a hidden count is not shown ("[c]"), except a
//     proportion over enough counts (showProportion): worked out from the real counts and
//     rounded so coarsely that it never pins down the counts behind it.
// Cells decided at a higher level (a locality's figures, decided with the other localities)
// can be passed as fixed, so every page showing a figure hides it the same way.

export const smallCountMax = 4;

/** "rounded": a proportion shown, but only to the nearest 5% or 10% (showProportion). */
export type Protection = "small" | "protected" | "rounded" | null;

export function isSmallCount(value: number): boolean {
  return value >= 1 && value <= smallCountMax;
}

/**
 * Decides which cells to hide. `relations` lists, for each published equation, the indices of
 * the cells in it; `fixed` maps cells already decided elsewhere to hidden (true) or shown (false).
 */
export function protectCells(
  values: readonly number[],
  relations: readonly (readonly number[])[],
  fixed: ReadonlyMap<number, boolean> = new Map(),
): Protection[] {
  const protection: Protection[] = values.map((value, i) => {
    const hidden = fixed.get(i) ?? isSmallCount(value);
    if (!hidden) return null;
    return isSmallCount(value) ? "small" : "protected";
  });
  const relationsOf: number[][] = values.map(() => []);
  relations.forEach((members, r) => {
    for (const cell of members) relationsOf[cell].push(r);
  });
  const pending = relations.map((_, r) => r);
  const queued = new Uint8Array(relations.length).fill(1);
  while (pending.length > 0) {
    const r = pending.pop() as number;
    queued[r] = 0;
    const members = relations[r];
    let hiddenCount = 0;
    for (const cell of members) if (protection[cell] !== null) hiddenCount += 1;
    if (hiddenCount !== 1) continue;
    const complement = smallestShownCell(members, values, protection, fixed);
    if (complement === null) continue;
    protection[complement] = "protected";
    for (const other of relationsOf[complement]) {
      if (!queued[other]) {
        queued[other] = 1;
        pending.push(other);
      }
    }
  }
  return protection;
}

/** The smallest non-zero shown cell that may still be hidden (a zero only if nothing else is left). */
function smallestShownCell(
  members: readonly number[],
  values: readonly number[],
  protection: readonly Protection[],
  fixed: ReadonlyMap<number, boolean>,
): number | null {
  let best: number | null = null;
  for (const cell of members) {
    if (protection[cell] !== null || fixed.has(cell)) continue;
    if (best === null) {
      best = cell;
      continue;
    }
    const [a, b] = [values[cell], values[best]];
    const better = (a > 0 && (b === 0 || a < b)) || (a === b && cell < best);
    if (better) best = cell;
  }
  return best;
}

export type ShownCount = { display: string; value: number | null; protection: Protection };

// One formatter for every count (toLocaleString would build one per call).
const wholeNumber = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/** A count as published: "<5" or "[c]" when hidden. */
export function showCount(value: number, protection: Protection): ShownCount {
  if (protection === "small") return { display: "<5", value: null, protection };
  if (protection === "protected") return { display: "[c]", value: null, protection };
  return { display: wholeNumber.format(value), value, protection: null };
}

/** A figure worked out from counts (a rate, average or median), hidden when any of them is. */
export function showDerived(
  value: number | null,
  inputs: readonly ShownCount[],
  format: (value: number) => string,
): ShownCount {
  if (inputs.some((input) => input.value === null)) return { display: "[c]", value: null, protection: "protected" };
  if (value === null || !Number.isFinite(value)) return { display: "–", value: null, protection: null };
  return { display: format(value), value, protection: null };
}

/** Proportions over fewer answers than this are not shown when a count behind them is hidden. */
export const roundedProportionMinimum = 20;

/**
 * The step a proportion over `denominator` is rounded to when a count behind it is hidden: 5%
 * over 40 or more, 10% over 20–39. Either way a step spans at least two possible numerators
 * (0.05 × 40 = 0.10 × 20 = 2), so even a reader who knows the denominator cannot tell which.
 */
export function proportionStep(denominator: number): number | null {
  if (denominator >= 2 * roundedProportionMinimum) return 0.05;
  if (denominator >= roundedProportionMinimum) return 0.1;
  return null;
}

/** The proportion rounded to `step`, as published (halves rounded up). */
export function roundProportion(value: number, step: number): number {
  return Math.round(Math.round((value / step) * 1e9) / 1e9) * step;
}

const percentOf = (value: number) => `${Math.round(value * 100)}%`;

/**
 * A proportion (numerator ÷ denominator) of published counts. Shown exactly when none of them is
 * hidden. When some are hidden only to protect another cell ("[c]"), it is still shown, as
 * "about …" rounded to proportionStep(), over at least 20; never when any is a small count.
 */
export function showProportion(numerator: number, denominator: number, inputs: readonly ShownCount[]): ShownCount {
  if (denominator <= 0) return { display: "–", value: null, protection: null };
  const value = numerator / denominator;
  if (inputs.every((input) => input.value !== null)) return { display: percentOf(value), value, protection: null };
  const step = proportionStep(denominator);
  if (step === null || inputs.some((input) => input.protection === "small")) {
    return { display: "[c]", value: null, protection: "protected" };
  }
  const rounded = roundProportion(value, step);
  return { display: `about ${percentOf(rounded)}`, value: rounded, protection: "rounded" };
}
