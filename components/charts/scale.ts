// Axis arithmetic for the hand-drawn charts: whole-number ticks 1, 2, 2.5 or 5 × 10ⁿ apart, from 0
// to the lowest such top at or above the largest value (so bars use the width), and at least to 5: a published count is 0 or
// 5 and over, so an axis to 1 (flat lines at 0 that look like data) says nothing.
export const minimumAxisTop = 5;

const multipliers = [1, 2, 2.5, 5, 10];

/** The tick step for about `count` intervals: 1, 2, 2.5 or 5 × 10ⁿ, always a whole number. */
function stepFor(max: number, count: number): number {
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = multipliers.map((m) => m * magnitude).find((s) => s >= raw && Number.isInteger(s)) ?? 10 * magnitude;
  return Math.max(1, step);
}

/** Ticks from 0 to the lowest top, over 4 to 6 intervals, at or above `max` (fewest ticks on a tie). */
export function ticks(max: number): number[] {
  if (!(max > minimumAxisTop)) return [0, 1, 2, 3, 4, 5];
  let best: { step: number; top: number } | null = null;
  for (const count of [4, 5, 6]) {
    const step = stepFor(max, count);
    const top = Math.ceil(max / step) * step;
    if (!best || top < best.top) best = { step, top };
  }
  const { step, top } = best as { step: number; top: number };
  const values: number[] = [];
  for (let v = 0; v <= top; v += step) values.push(v);
  return values;
}
