// The place dashboards' reads: who may see a place (lib/places/place-access.ts), then its
// figures from the summary tables, protected against small numbers, as DTOs. A place the actor
// may not see is null, which pages turn into a 404 (forbidden looks like absent).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { currentMonth, londonToday, trendWindow } from "@/lib/domain/period";
import { canViewLocality, canViewNeighbourhood, canViewPartnership, type PlaceScope } from "@/lib/places/place-access";
import { placeScopeFor } from "@/lib/places/place-scope";
import { buildFamilyCube, buildTopCube, type DashboardData } from "./build-cubes";
import {
  comparisonOf,
  declineReasonRows,
  outcomeTypeRows,
  pairRows,
  referralStatusRows,
  themeRows,
  trendRows,
  comparisonRow,
  type Category,
} from "./build-dashboard";
import { dashboardFilters, type DashboardQuery } from "./dashboard-filters";
import type { DashboardFilters, LedPlacesOverview, PlaceDashboard, PlaceRef, ThemeChoice } from "./dashboard-types";
import { localityBySlug, neighbourhoodBySlug, partnershipId, type LocalityEntry, type PlaceDirectory } from "./place-directory";
import { figureData, readFigures, readPlaces, readSummaries, type FigureRows } from "./read-summaries";
import { themeKeyFor, type SummaryReadParams } from "./summary-sql";
import { isUuid } from "@/lib/domain/uuid";

export type PlaceTarget = { locality?: string; neighbourhood?: string };

const day = (month: string) => `${month}-01`;

function themeChoices(categories: readonly Category[]): ThemeChoice[] {
  return categories
    .filter((c) => c.kind === "THEME" && c.active)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "en-GB"))
    .map((c) => ({ id: c.id, name: c.name }));
}

function readParams(filters: Pick<DashboardFilters, "period"> & { themeId: string | null }, localitySlugs: string[] | null, now: Date): SummaryReadParams {
  const window = trendWindow(filters.period);
  return {
    themeKey: themeKeyFor(filters.themeId),
    periodStart: day(filters.period.from),
    windowStart: day(window[0]),
    periodEnd: day(filters.period.to),
    thisMonthStart: day(currentMonth(now)),
    today: londonToday(now),
    localitySlugs,
  };
}

/** Protects the figures read for the localities in `families` (and every locality's totals). */
function protectedFigures(
  read: { directory: PlaceDirectory; categories: readonly Category[]; figures: FigureRows },
  filters: DashboardFilters,
  families: readonly LocalityEntry[],
) {
  const { directory, categories } = read;
  const themePosition = filters.theme ? (categories.find((c) => c.kind === "THEME" && c.id === filters.theme?.id)?.position ?? null) : null;
  const d: DashboardData = {
    directory,
    shape: { period: filters.period, window: trendWindow(filters.period), themePosition },
    ...figureData(read.figures, directory),
  };
  const top = buildTopCube(d);
  const familyCubes = new Map(families.map((l) => [l.ref.id, buildFamilyCube(d, top, l.ref.id)]));
  return { d, top, familyCubes };
}

/**
 * Reads places, categories and figures in one round. The theme is read as asked; in the rare
 * case it is not a theme the figures are read again for all themes.
 */
async function readFor(query: DashboardQuery, localitySlugs: string[] | null, now: Date) {
  const asked = query.theme && isUuid(query.theme) ? query.theme : null;
  const period = dashboardFilters(query, [], now).period;
  const read = await readSummaries(readParams({ period, themeId: asked }, localitySlugs, now));
  const themes = themeChoices(read.categories);
  const filters = dashboardFilters(query, themes, now);
  if ((filters.theme?.id ?? null) !== asked) {
    read.figures = await readFigures(readParams({ period, themeId: filters.theme?.id ?? null }, localitySlugs, now));
  }
  return { read, themes, filters };
}

type Resolved =
  | { level: "partnership" }
  | { level: "locality"; locality: LocalityEntry }
  | { level: "neighbourhood"; locality: LocalityEntry; neighbourhood: PlaceRef };

function resolveTarget(directory: PlaceDirectory, scope: PlaceScope, target: PlaceTarget): Resolved | null {
  if (!target.locality) return canViewPartnership(scope) ? { level: "partnership" } : null;
  const locality = localityBySlug(directory, target.locality);
  if (!locality) return null;
  if (!target.neighbourhood) return canViewLocality(scope, locality.ref.id) ? { level: "locality", locality } : null;
  const neighbourhood = neighbourhoodBySlug(locality, target.neighbourhood);
  if (!neighbourhood || !canViewNeighbourhood(scope, { id: neighbourhood.ref.id, localityId: locality.ref.id })) return null;
  return { level: "neighbourhood", locality, neighbourhood: neighbourhood.ref };
}

/** A place's dashboard: the partnership (no target), a locality, or a neighbourhood. */
export async function loadPlaceDashboard(
  actor: Actor,
  target: PlaceTarget,
  query: DashboardQuery,
  now: Date = new Date(),
): Promise<PlaceDashboard | null> {
  const [scope, { read, themes, filters }] = await Promise.all([
    placeScopeFor(actor),
    readFor(query, target.locality ? [target.locality] : null, now),
  ]);
  const { directory, categories } = read;
  const resolved = resolveTarget(directory, scope, target);
  if (!resolved) return null;
  const families = resolved.level === "partnership" ? directory.localities : [resolved.locality];
  const { d, top, familyCubes } = protectedFigures(read, filters, families);

  if (resolved.level === "partnership") {
    const root = directory.partnership;
    const neighbourhoods = directory.localities.flatMap((l) => l.neighbourhoods.map((n) => ({ cube: familyCubes.get(l.ref.id), ref: n.ref })));
    return {
      place: root,
      parents: [],
      filters,
      themes,
      figures: comparisonRow(d, top, root).figures,
      trend: trendRows(d, top, partnershipId, currentMonth(now)),
      themeBreakdown: null,
      themePairs: null,
      referralStatuses: referralStatusRows(top, partnershipId),
      declineReasons: null,
      outcomeTypes: null,
      comparison: comparisonOf(d, top, "locality", "Localities compared", directory.localities.map((l) => l.ref), root),
      mapRows: neighbourhoods.flatMap(({ cube, ref }) => (cube ? [comparisonRow(d, cube, ref)] : [])),
    };
  }

  const locality = resolved.locality;
  const cube = familyCubes.get(locality.ref.id);
  if (!cube) return null;
  const place = resolved.level === "locality" ? locality.ref : resolved.neighbourhood;
  const parents = [
    ...(canViewPartnership(scope) ? [directory.partnership] : []),
    ...(resolved.level === "neighbourhood" && canViewLocality(scope, locality.ref.id) ? [locality.ref] : []),
  ];
  const comparison =
    resolved.level === "locality"
      ? comparisonOf(d, cube, "neighbourhood", `Neighbourhoods of ${locality.ref.name} compared`, locality.neighbourhoods.map((n) => n.ref), locality.ref)
      : null;
  return {
    place,
    parents,
    filters,
    themes,
    figures: comparisonRow(d, cube, place).figures,
    trend: trendRows(d, cube, place.id, currentMonth(now)),
    themeBreakdown: themeRows(cube, place.id, categories),
    themePairs: pairRows(cube, place.id, categories, filters.theme),
    referralStatuses: referralStatusRows(cube, place.id),
    declineReasons: declineReasonRows(cube, place.id),
    outcomeTypes: outcomeTypeRows(cube, place.id, categories),
    comparison,
    mapRows: comparison?.rows ?? null,
  };
}

/** A lead's overview: per locality they lead places in, their neighbourhoods' figures. */
export async function loadLedPlacesOverview(actor: Actor, query: DashboardQuery, now: Date = new Date()): Promise<LedPlacesOverview | null> {
  const [scope, { directory, categories }] = await Promise.all([placeScopeFor(actor), readPlaces()]);
  if (!scope.overview) return null;
  const themes = themeChoices(categories);
  const filters = dashboardFilters(query, themes, now);
  const families = directory.localities.filter(
    (l) => scope.localityIds.has(l.ref.id) || l.neighbourhoods.some((n) => scope.neighbourhoodIds.has(n.ref.id)),
  );
  if (families.length === 0) return { filters, themes, localities: [] };
  const figures = await readFigures(readParams({ period: filters.period, themeId: filters.theme?.id ?? null }, families.map((l) => l.slug), now));
  const { d, familyCubes } = protectedFigures({ directory, categories, figures }, filters, families);
  return {
    filters,
    themes,
    localities: families.map((l) => {
      const whole = canViewLocality(scope, l.ref.id);
      const rows = l.neighbourhoods.filter((n) => whole || scope.neighbourhoodIds.has(n.ref.id)).map((n) => n.ref);
      const cube = familyCubes.get(l.ref.id) as NonNullable<ReturnType<typeof familyCubes.get>>;
      // A total is shown only over every neighbourhood: a partial one would help undo the protection.
      return { locality: l.ref, canOpen: whole, comparison: comparisonOf(d, cube, "neighbourhood", l.ref.name, rows, whole ? l.ref : null) };
    }),
  };
}
