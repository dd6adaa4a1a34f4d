// Sorting map values into a few classes for a sequential fill. Values are first rounded as they
// are shown (so a "0.8" is never in the "0.7" class), then put in classes of a round width
// (1, 2, 2.5 or 5 × 10ⁿ), so the key reads as plain ranges: "0.6 to 0.7", "5 to 9".
export type MapClass = { index: number; from: number; to: number };
export type MapClasses = { classes: MapClass[]; classOf: (value: number) => MapClass | null };

export function mapClasses(values: readonly number[], precision = 1, count = 5): MapClasses {
  const decimals = Math.max(0, -Math.floor(Math.log10(precision) + 1e-9));
  const round = (v: number) => Number((Math.round(v / precision) * precision).toFixed(decimals));
  if (values.length === 0) return { classes: [], classOf: () => null };
  const rounded = values.map(round);
  const min = Math.min(...rounded);
  const max = Math.max(...rounded);
  if (min === max) {
    const only = { index: 0, from: min, to: max };
    return { classes: [only], classOf: () => only };
  }
  // The narrowest round width that needs no more than `count` classes.
  const magnitude = 10 ** Math.floor(Math.log10((max - min + precision) / count));
  const isMultiple = (s: number) => Math.abs(s / precision - Math.round(s / precision)) < 1e-9;
  const candidates = [1, 2, 2.5, 5, 10, 20, 25, 50, 100].map((m) => round(m * magnitude)).filter((s) => s >= precision && isMultiple(s));
  const fits = (s: number) => Math.floor((max - Math.floor(min / s + 1e-9) * s) / s + 1e-9) + 1 <= count;
  const step = candidates.find(fits) ?? round(100 * magnitude);
  const start = round(Math.floor(min / step + 1e-9) * step);
  const classes: MapClass[] = [];
  for (let from = start, i = 0; from <= max + 1e-9; from = round(from + step), i += 1) {
    classes.push({ index: i, from, to: round(from + step - precision) });
  }
  const classOf = (value: number) => {
    const i = Math.floor((round(value) - start) / step + 1e-9);
    return classes[Math.min(Math.max(i, 0), classes.length - 1)] ?? null;
  };
  return { classes, classOf };
}
