// Axis arithmetic for the hand-drawn charts: whole-number ticks at 1, 2 or 5 × 10ⁿ apart, from 0
// to the first tick at or above the largest value, and at least to 5: a published count is 0 or
// 5 and over, so an axis to 1 (flat lines at 0 that look like data) says nothing.
export const minimumAxisTop = 5;

export function ticks(max: number, count = 4): number[] {
  if (!(max > minimumAxisTop)) return [0, 1, 2, 3, 4, 5];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((s) => s * magnitude).find((s) => s >= raw) ?? 10 * magnitude);
  const top = Math.ceil(max / step) * step;
  const values: number[] = [];
  for (let v = 0; v <= top; v += step) values.push(v);
  return values;
}
