// Assembles the dashboard DTOs (figures, trend, breakdowns, comparison) from protected cubes.
import { declineReasonLabels } from "./labels";
import { dataOf, extrasOf, type DashboardData } from "./build-cubes";
import type { BreakdownRow, Comparison, ComparisonRow, PlaceRef, TrendRow } from "./dashboard-types";
import type { FigureCube } from "./figure-cube";
import type { Month } from "@/lib/domain/period";
import { placeFigures } from "./place-figures";
import { declineReasonPositions, pairPosition } from "./positions";

export type Category = { kind: "THEME" | "OUTCOME_TYPE"; position: number; id: string; name: string; sortOrder: number; active: boolean };

export function comparisonRow(d: DashboardData, cube: FigureCube, place: PlaceRef): ComparisonRow {
  return {
    place,
    figures: placeFigures(cube, place.id, dataOf(d, place.id), extrasOf(d, place.id), place.population, d.shape.period),
  };
}

export function trendRows(d: DashboardData, cube: FigureCube, placeId: string, thisMonth: Month): TrendRow[] {
  return d.shape.window.map((month) => ({
    month,
    partial: month === thisMonth,
    newCases: cube.count(placeId, "new", month),
    closedCases: cube.count(placeId, "closed", month),
    referralsSent: cube.count(placeId, "sent", month),
    outcomesAchieved: cube.count(placeId, "outcomes", month),
  }));
}

export function referralStatusRows(cube: FigureCube, placeId: string): BreakdownRow[] {
  const row = (key: "sent" | "accepted" | "declined" | "unanswered", label: string) => ({
    key,
    label,
    value: cube.count(placeId, key, "P"),
  });
  return [
    row("sent", "Sent"),
    row("accepted", "Accepted"),
    row("declined", "Declined"),
    row("unanswered", "Withdrawn, or still waiting for an answer"),
  ];
}

function byOrder(a: Category, b: Category) {
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "en-GB");
}

/** Themes still offered, or with cases, in the configured order. */
export function themeRows(cube: FigureCube, placeId: string, categories: readonly Category[]): BreakdownRow[] {
  return categories
    .filter((c) => c.kind === "THEME")
    .sort(byOrder)
    .map((c) => ({
      active: c.active,
      row: {
        key: c.id,
        label: c.name,
        value: cube.breakdown(placeId, "newByTheme", c.position),
        second: cube.breakdown(placeId, "openByTheme", c.position),
      },
    }))
    .filter(({ active, row }) => active || row.value.display !== "0" || row.second.display !== "0")
    .map(({ row }) => row);
}

/**
 * The most common pairs of themes (or, with a theme chosen, the themes most often alongside it):
 * shown counts largest first, then hidden ones by name, so the order reveals nothing hidden.
 */
export function pairRows(cube: FigureCube, placeId: string, categories: readonly Category[], theme: { id: string } | null, limit = 10): BreakdownRow[] {
  const themes = categories.filter((c) => c.kind === "THEME").sort((a, b) => a.position - b.position);
  const rows: BreakdownRow[] = [];
  if (theme) {
    for (const other of themes) {
      if (other.id === theme.id) continue;
      rows.push({ key: other.id, label: other.name, value: cube.breakdown(placeId, "newByTheme", other.position) });
    }
  } else {
    for (const [i, a] of themes.entries()) {
      for (const b of themes.slice(i + 1)) {
        const [first, second] = [a, b].sort(byOrder);
        rows.push({
          key: `${a.id}+${b.id}`,
          label: `${first.name} and ${second.name.toLowerCase()}`,
          value: cube.breakdown(placeId, "themePairs", pairPosition(a.position, b.position)),
        });
      }
    }
  }
  const shown = rows.filter((r) => r.value.value !== null && r.value.value > 0).sort((x, y) => (y.value.value ?? 0) - (x.value.value ?? 0) || x.label.localeCompare(y.label, "en-GB"));
  const hidden = rows.filter((r) => r.value.value === null).sort((x, y) => x.label.localeCompare(y.label, "en-GB"));
  return [...shown, ...hidden].slice(0, limit);
}

export function declineReasonRows(cube: FigureCube, placeId: string): BreakdownRow[] {
  return declineReasonPositions
    .map((reason, i) => ({ key: reason ?? "NOT_RECORDED", label: declineReasonLabels[reason ?? "NOT_RECORDED"], value: cube.breakdown(placeId, "declineReasons", i + 1) }))
    .filter((row) => row.value.display !== "0");
}

export function outcomeTypeRows(cube: FigureCube, placeId: string, categories: readonly Category[]): BreakdownRow[] {
  return categories
    .filter((c) => c.kind === "OUTCOME_TYPE")
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"))
    .map((c) => ({ key: c.id, label: c.name, value: cube.breakdown(placeId, "outcomesByType", c.position) }))
    .filter((row) => row.value.display !== "0");
}

export function comparisonOf(
  d: DashboardData,
  cube: FigureCube,
  unit: Comparison["unit"],
  caption: string,
  rows: readonly PlaceRef[],
  total: PlaceRef | null,
): Comparison {
  return {
    unit,
    caption,
    rows: rows.map((place) => comparisonRow(d, cube, place)),
    total: total ? comparisonRow(d, cube, total) : null,
  };
}
