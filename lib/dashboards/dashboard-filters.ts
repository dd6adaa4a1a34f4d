// Reads a dashboard's GET parameters (period, theme, ranking) without trusting them: anything
// unknown falls back to the default, with a message for the period fields.
import { z } from "zod";
import { parsePeriod, type PeriodError } from "@/lib/domain/period";
import { defaultSort, isSortKey, type SortDirection, type SortKey } from "./comparison";
import type { DashboardFilters, ThemeChoice } from "./dashboard-types";

export type SearchParams = Record<string, string | string[] | undefined>;

const single = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined);

const paramsSchema = z.object({ from: single, to: single, theme: single, sort: single, dir: single });

export type DashboardQuery = { from?: string; to?: string; theme?: string; sort?: string; dir?: string };

export function readDashboardQuery(searchParams: SearchParams): DashboardQuery {
  const parsed = paramsSchema.safeParse(searchParams);
  return parsed.success ? parsed.data : {};
}

export function dashboardFilters(query: DashboardQuery, themes: readonly ThemeChoice[], now: Date = new Date()): DashboardFilters {
  const period = parsePeriod({ from: query.from, to: query.to }, now);
  const theme = query.theme ? (themes.find((t) => t.id === query.theme) ?? null) : null;
  const errors: PeriodError[] = period.ok ? [] : period.errors;
  return { period: period.period, theme, errors };
}

export function dashboardSort(query: DashboardQuery): { key: SortKey; direction: SortDirection } {
  if (!query.sort || !isSortKey(query.sort)) return defaultSort;
  return { key: query.sort, direction: query.dir === "ascending" ? "ascending" : "descending" };
}

/** The query string for the same figures with some parameters changed (for sort links and exports). */
export function dashboardQueryString(filters: DashboardFilters, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams({ from: filters.period.from, to: filters.period.to });
  if (filters.theme) params.set("theme", filters.theme.id);
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) params.set(key, value);
  return params.toString();
}
