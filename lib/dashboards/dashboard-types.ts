// What the place dashboards hand to pages and CSV exports: aggregates only, already protected
// (never case content, never a count of 1–4).
import type { ShownCount } from "@/lib/domain/small-number-protection";
import type { Month, Period, PeriodError } from "@/lib/domain/period";

export const figureKeys = [
  "openCases",
  "newCases",
  "closedCases",
  "newPer1000",
  "openPer1000",
  "organisationsPerCase",
  "referralsSent",
  "referralsAccepted",
  "referralsDeclined",
  "referralsUnanswered",
  "acceptanceRate",
  "medianResponse",
  "actionsOverdue",
  "outcomesAchieved",
  "medianFirstContact",
] as const;
export type FigureKey = (typeof figureKeys)[number];
export type PlaceFigures = Record<FigureKey, ShownCount>;

export type PlaceLevel = "partnership" | "locality" | "neighbourhood";

export type PlaceRef = {
  id: string;
  level: PlaceLevel;
  name: string;
  /** The page's path, e.g. /places/bolton/bolton-astley-bridge. */
  href: string;
  population: number;
  /** Neighbourhoods only: whether a boundary is recorded, so it can be on the map. */
  hasBoundary: boolean;
  /** Neighbourhoods only: their locality. */
  localityId: string | null;
};

export type ComparisonRow = { place: PlaceRef; figures: PlaceFigures };

export type Comparison = {
  /** What the rows are. */
  unit: "locality" | "neighbourhood";
  caption: string;
  rows: ComparisonRow[];
  /** The place the rows add up to, when all its parts are rows. */
  total: ComparisonRow | null;
};

export type TrendRow = {
  month: Month;
  /** The month in progress: its counts so far, drawn as partial. */
  partial: boolean;
  newCases: ShownCount;
  closedCases: ShownCount;
  referralsSent: ShownCount;
  outcomesAchieved: ShownCount;
};

export type BreakdownRow = { key: string; label: string; value: ShownCount; second?: ShownCount };

export type ThemeChoice = { id: string; name: string };

export type DashboardFilters = {
  period: Period;
  theme: ThemeChoice | null;
  errors: PeriodError[];
};

export type PlaceDashboard = {
  place: PlaceRef;
  /** Up the hierarchy, for breadcrumbs, only where the viewer may open them. */
  parents: PlaceRef[];
  filters: DashboardFilters;
  themes: ThemeChoice[];
  figures: PlaceFigures;
  trend: TrendRow[];
  /** New cases in the period by theme, with open cases at its end (second). Not at partnership level. */
  themeBreakdown: BreakdownRow[] | null;
  /** The most common pairs of themes, or with a theme chosen the themes most often alongside it. */
  themePairs: BreakdownRow[] | null;
  referralStatuses: BreakdownRow[];
  declineReasons: BreakdownRow[] | null;
  outcomeTypes: BreakdownRow[] | null;
  comparison: Comparison | null;
  /** The neighbourhoods to draw on the map, with their figures (all of them at partnership level). */
  mapRows: ComparisonRow[] | null;
};

/** The overview for a lead: one table of neighbourhood figures per locality they lead places in. */
export type LedPlacesOverview = {
  filters: DashboardFilters;
  themes: ThemeChoice[];
  localities: { locality: PlaceRef; canOpen: boolean; comparison: Comparison }[];
};
