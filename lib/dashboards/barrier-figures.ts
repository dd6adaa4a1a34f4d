// Barrier figures for a place's dashboard, protected by the dashboards' small-number rules
// (lib/domain/small-number-protection.ts, README "Small numbers"): raised, open at the end of the
// period, escalated, resolved, median days to resolve, raised by category, and a monthly trend.
// Pure: the counts come in (barrier-counts.ts), protected DTOs go out.
import { BarrierCategory } from "@/lib/generated/prisma/enums";
import { barrierCategoryLabels } from "@/lib/barriers/labels";
import { compareMonths, type Month, type Period } from "@/lib/domain/period";
import { protectCells, showCount, showDerived, type Protection, type ShownCount } from "@/lib/domain/small-number-protection";

export const barrierCategories = Object.values(BarrierCategory);
export const barrierMeasures = ["raised", "open", "escalated", "resolved"] as const;
export type BarrierMeasure = (typeof barrierMeasures)[number];

export type Counts = { raised: number; open: number; escalated: number; resolved: number; raisedByCategory: number[] };

export const noCounts = (): Counts => ({ raised: 0, open: 0, escalated: 0, resolved: 0, raisedByCategory: barrierCategories.map(() => 0) });

export function sumCounts(list: readonly Counts[]): Counts {
  const total = noCounts();
  for (const c of list) {
    for (const m of barrierMeasures) total[m] += c[m];
    c.raisedByCategory.forEach((n, i) => (total.raisedByCategory[i] += n));
  }
  return total;
}

/** A place's protections: one per measure and one per category. */
export type Protected = Record<BarrierMeasure, Protection> & { categories: Protection[] };

const perMember = barrierMeasures.length + barrierCategories.length;
const values = (c: Counts) => [...barrierMeasures.map((m) => c[m]), ...c.raisedByCategory];

function protectedOf(protection: readonly Protection[], member: number): Protected {
  const at = (k: number) => protection[member * perMember + k];
  return {
    raised: at(0),
    open: at(1),
    escalated: at(2),
    resolved: at(3),
    categories: barrierCategories.map((_, j) => at(barrierMeasures.length + j)),
  };
}

/**
 * Protects a parent and its parts together, as one page publishes them: for every measure and
 * category the parent is the sum of its parts, and for every place "raised" is the sum of its
 * categories. A parent decided at a higher level comes in `fixedParent`, so it is hidden the
 * same way on every page.
 */
export function protectFamily(parent: Counts, parts: readonly Counts[], fixedParent?: Protected): { parent: Protected; parts: Protected[] } {
  const members = [parent, ...parts];
  const cells = members.flatMap(values);
  const relations: number[][] = [];
  for (let k = 0; k < perMember; k++) relations.push(members.map((_, i) => i * perMember + k));
  members.forEach((_, i) => relations.push([i * perMember, ...barrierCategories.map((__, j) => i * perMember + barrierMeasures.length + j)]));
  const fixed = new Map<number, boolean>();
  if (fixedParent) {
    barrierMeasures.forEach((m, k) => fixed.set(k, fixedParent[m] !== null));
    fixedParent.categories.forEach((p, j) => fixed.set(barrierMeasures.length + j, p !== null));
  }
  const protection = protectCells(cells, relations, fixed);
  return { parent: protectedOf(protection, 0), parts: parts.map((_, i) => protectedOf(protection, i + 1)) };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const minMedianValues = 5;
const days = (n: number) => `${Math.round(n).toLocaleString("en-GB")} ${Math.round(n) === 1 ? "day" : "days"}`;

export type BarrierTrendRow = { month: Month; raised: ShownCount; resolved: ShownCount };

export type BarrierFigures = {
  raised: ShownCount;
  open: ShownCount;
  escalated: ShownCount;
  resolved: ShownCount;
  medianDaysToResolve: ShownCount;
  byCategory: { key: BarrierCategory; label: string; value: ShownCount }[];
  trend: BarrierTrendRow[];
};

/** A monthly series, whose months in the period add up to the period's (already decided) total. */
function protectMonths(months: readonly { month: Month; value: number }[], period: Period, total: number, totalHidden: boolean): Protection[] {
  const inPeriod = months.flatMap((m, i) => (compareMonths(m.month, period.from) >= 0 && compareMonths(m.month, period.to) <= 0 ? [i + 1] : []));
  const protection = protectCells([total, ...months.map((m) => m.value)], [[0, ...inPeriod]], new Map([[0, totalHidden]]));
  return protection.slice(1);
}

export function barrierFigures(
  counts: Counts,
  protection: Protected,
  resolveDays: readonly number[],
  trend: readonly { month: Month; raised: number; resolved: number }[],
  period: Period,
): BarrierFigures {
  const shown = Object.fromEntries(barrierMeasures.map((m) => [m, showCount(counts[m], protection[m])])) as Record<BarrierMeasure, ShownCount>;
  const middle = resolveDays.length >= minMedianValues ? median(resolveDays) : null;
  const raisedMonths = protectMonths(trend.map((t) => ({ month: t.month, value: t.raised })), period, counts.raised, protection.raised !== null);
  const resolvedMonths = protectMonths(trend.map((t) => ({ month: t.month, value: t.resolved })), period, counts.resolved, protection.resolved !== null);
  return {
    ...shown,
    // Only from a shown count of resolved barriers, which is then at least 5.
    medianDaysToResolve: showDerived(middle, [shown.resolved], days),
    byCategory: barrierCategories.map((key, j) => ({ key, label: barrierCategoryLabels[key], value: showCount(counts.raisedByCategory[j], protection.categories[j]) })),
    trend: trend.map((t, i) => ({ month: t.month, raised: showCount(t.raised, raisedMonths[i]), resolved: showCount(t.resolved, resolvedMonths[i]) })),
  };
}
