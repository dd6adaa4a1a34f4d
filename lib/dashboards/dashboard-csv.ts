// Every table on the dashboards as CSV rows, with the same protected values the page shows
// ("<5", "[c]"), so an export never holds more than the page.
import { shortMonthLabel } from "@/lib/domain/period";
import { comparisonFigures, figureLabels } from "./comparison";
import { figureKeys, type BreakdownRow, type Comparison, type LedPlacesOverview, type PlaceDashboard } from "./dashboard-types";

export const dashboardTables = [
  "figures",
  "comparison",
  "trend",
  "themes",
  "theme-pairs",
  "referrals",
  "decline-reasons",
  "outcomes",
] as const;
export type DashboardTable = (typeof dashboardTables)[number];

export function isDashboardTable(value: string): value is DashboardTable {
  return (dashboardTables as readonly string[]).includes(value);
}

type Rows = (string | number)[][];

function comparisonRows(c: Comparison, lead: string[] = []): Rows {
  const all = c.total ? [...c.rows, c.total] : c.rows;
  return all.map((row) => [
    ...lead,
    row.place.name,
    row.place.population,
    ...comparisonFigures.map((f) => row.figures[f.key].display),
  ]);
}

const comparisonHeader = ["Place", "Residents", ...comparisonFigures.map((f) => f.label)];

function breakdown(rows: readonly BreakdownRow[] | null, header: string[]): Rows | null {
  if (!rows) return null;
  return [header, ...rows.map((r) => [r.label, r.value.display, ...(r.second ? [r.second.display] : [])])];
}

/** The CSV rows of one table of a place dashboard, or null when the page has no such table. */
export function dashboardCsvRows(d: PlaceDashboard, table: DashboardTable): Rows | null {
  switch (table) {
    case "figures":
      return [["Figure", "Value"], ...figureKeys.map((key) => [figureLabels[key], d.figures[key].display])];
    case "comparison":
      return d.comparison ? [comparisonHeader, ...comparisonRows(d.comparison)] : null;
    case "trend":
      return [
        ["Month", "New cases", "Closed cases", "Referrals sent", "Outcomes achieved"],
        ...d.trend.map((t) => [`${shortMonthLabel(t.month)}${t.partial ? " (so far)" : ""}`, t.newCases.display, t.closedCases.display, t.referralsSent.display, t.outcomesAchieved.display]),
      ];
    case "themes":
      return breakdown(d.themeBreakdown, ["Theme", "New cases", "Open cases at the end of the period"]);
    case "theme-pairs":
      return breakdown(d.themePairs, [d.filters.theme ? `Theme alongside ${d.filters.theme.name}` : "Pair of themes", "New cases"]);
    case "referrals":
      return breakdown(d.referralStatuses, ["Referrals", "Number"]);
    case "decline-reasons":
      return breakdown(d.declineReasons, ["Reason declined", "Referrals"]);
    case "outcomes":
      return breakdown(d.outcomeTypes, ["Outcome", "Outcomes achieved"]);
  }
}

/** A lead's overview: every locality's table in one, with the locality first. */
export function overviewCsvRows(o: LedPlacesOverview): Rows {
  return [["Locality", ...comparisonHeader], ...o.localities.flatMap((l) => comparisonRows(l.comparison, [l.locality.name]))];
}
