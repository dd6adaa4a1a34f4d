// The figures places can be compared and ranked by, with their labels, and the ranking rule:
// hidden figures ("<5", "[c]") sort together after every shown one, by name, so the order
// never hints at a hidden value.
import { formatDuration } from "@/lib/domain/duration-buckets";
import type { ComparisonRow, FigureKey } from "./dashboard-types";

export type ComparisonFigure = { key: FigureKey; label: string; short: string; rate: boolean };

export const comparisonFigures: readonly ComparisonFigure[] = [
  { key: "openCases", label: "Open cases at the end of the period", short: "Open cases", rate: false },
  { key: "newCases", label: "New cases", short: "New cases", rate: false },
  { key: "closedCases", label: "Closed cases", short: "Closed cases", rate: false },
  { key: "newPer1000", label: "New cases per 1,000 residents", short: "New per 1,000", rate: true },
  { key: "openPer1000", label: "Open cases per 1,000 residents", short: "Open per 1,000", rate: true },
  { key: "organisationsPerCase", label: "Organisations involved per new case", short: "Organisations per case", rate: true },
  { key: "referralsSent", label: "Referrals sent", short: "Referrals sent", rate: false },
  { key: "acceptanceRate", label: "Referrals accepted, of those answered", short: "Accepted", rate: true },
  { key: "medianResponse", label: "Median time to respond to a referral", short: "Time to respond", rate: true },
  { key: "actionsOverdue", label: "Actions overdue today", short: "Actions overdue", rate: false },
  { key: "outcomesAchieved", label: "Outcomes achieved", short: "Outcomes", rate: false },
  { key: "medianFirstContact", label: "Median time from case opened to first contact", short: "Time to first contact", rate: true },
];

/** Every headline figure's label, in the order the headline and its export list them. */
export const figureLabels: Record<FigureKey, string> = {
  openCases: "Open cases at the end of the period",
  newCases: "New cases",
  closedCases: "Closed cases",
  newPer1000: "New cases per 1,000 residents",
  openPer1000: "Open cases per 1,000 residents",
  organisationsPerCase: "Organisations involved per new case",
  referralsSent: "Referrals sent",
  referralsAccepted: "Referrals accepted",
  referralsDeclined: "Referrals declined",
  referralsUnanswered: "Referrals withdrawn or still waiting for an answer",
  acceptanceRate: "Referrals accepted, of those answered",
  medianResponse: "Median time to respond to a referral",
  actionsOverdue: "Actions overdue today",
  outcomesAchieved: "Outcomes achieved",
  medianFirstContact: "Median time from case opened to first contact",
};

export type SortKey = FigureKey | "name" | "population";
export type SortDirection = "ascending" | "descending";

export const sortKeys: readonly SortKey[] = ["name", "population", ...comparisonFigures.map((f) => f.key)];

export const defaultSort: { key: SortKey; direction: SortDirection } = { key: "newPer1000", direction: "descending" };

export function isSortKey(value: string): value is SortKey {
  return (sortKeys as readonly string[]).includes(value);
}

/** A copy of the rows, ranked by one figure. */
export function sortComparisonRows(rows: readonly ComparisonRow[], key: SortKey, direction: SortDirection): ComparisonRow[] {
  const byName = (a: ComparisonRow, b: ComparisonRow) => a.place.name.localeCompare(b.place.name, "en-GB");
  const sign = direction === "ascending" ? 1 : -1;
  if (key === "name") return [...rows].sort((a, b) => sign * byName(a, b));
  const valueOf = (row: ComparisonRow) => (key === "population" ? row.place.population : row.figures[key].value);
  return [...rows].sort((a, b) => {
    const [va, vb] = [valueOf(a), valueOf(b)];
    if (va === null && vb === null) return byName(a, b);
    if (va === null) return 1;
    if (vb === null) return -1;
    return va === vb ? byName(a, b) : sign * (va - vb);
  });
}

/** A figure's value as words, for map keys (the same formats the figures are shown in). */
export function formatFigureValue(key: FigureKey, value: number): string {
  if (key === "acceptanceRate") return `${Math.round(value * 100)}%`;
  if (key === "medianResponse" || key === "medianFirstContact") return formatDuration(value);
  if (key === "newPer1000" || key === "openPer1000" || key === "organisationsPerCase") {
    return value.toLocaleString("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  }
  return Math.round(value).toLocaleString("en-GB");
}

/** The step a figure is shown in (for grouping values on a map as they are shown). */
export function figurePrecision(key: FigureKey): number {
  if (key === "acceptanceRate") return 0.01;
  if (key === "newPer1000" || key === "openPer1000" || key === "organisationsPerCase") return 0.1;
  return 1;
}
