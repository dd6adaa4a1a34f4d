// Runs the summary reads (lib/dashboards/summary-sql.ts) all at once — the places, the
// categories and the figures of the localities a page needs — and shapes their rows. Nothing
// here reads a case. The figures are read alongside the places, before the caller has decided
// whether the actor may see them: they are aggregates, and a caller that says no returns none.
import "server-only";
import { db } from "@/lib/db";
import type { Category } from "./build-dashboard";
import type { DashboardData } from "./build-cubes";
import { breakdownsFrom, placeDataFrom, type BreakdownRowRead, type MonthRow, type OverdueRow } from "./place-data";
import { placeDirectory, type PlaceDirectory, type PlaceRow } from "./place-directory";
import {
  categoriesSql,
  localityMonthsSql,
  neighbourhoodBreakdownsSql,
  neighbourhoodMonthsSql,
  overdueSql,
  placesSql,
  type SummaryReadParams,
} from "./summary-sql";

export type FigureRows = {
  localityRows: MonthRow[];
  neighbourhoodRows: MonthRow[];
  breakdownRows: BreakdownRowRead[];
  overdueRows: OverdueRow[];
};

export type SummaryRead = { directory: PlaceDirectory; categories: Category[]; figures: FigureRows };

export async function readPlaces(): Promise<{ directory: PlaceDirectory; categories: Category[] }> {
  const [places, categories] = await Promise.all([db.$queryRaw<PlaceRow[]>(placesSql()), db.$queryRaw<Category[]>(categoriesSql())]);
  return { directory: placeDirectory(places), categories };
}

export async function readFigures(params: SummaryReadParams): Promise<FigureRows> {
  const [localityRows, neighbourhoodRows, breakdownRows, overdueRows] = await Promise.all([
    db.$queryRaw<MonthRow[]>(localityMonthsSql(params)),
    params.localitySlugs?.length === 0 ? Promise.resolve([]) : db.$queryRaw<MonthRow[]>(neighbourhoodMonthsSql(params)),
    params.localitySlugs?.length === 0 ? Promise.resolve([]) : db.$queryRaw<BreakdownRowRead[]>(neighbourhoodBreakdownsSql(params)),
    db.$queryRaw<OverdueRow[]>(overdueSql(params)),
  ]);
  return { localityRows, neighbourhoodRows, breakdownRows, overdueRows };
}

/** Places, categories and figures in one round of parallel queries. */
export async function readSummaries(params: SummaryReadParams): Promise<SummaryRead> {
  const [places, figures] = await Promise.all([readPlaces(), readFigures(params)]);
  return { ...places, figures };
}

/** The figures by place: every locality's, and the neighbourhoods' of the localities read. */
export function figureData(rows: FigureRows, directory: PlaceDirectory): Omit<DashboardData, "directory" | "shape"> {
  const overdueByNeighbourhood = new Map(rows.overdueRows.map((r) => [r.place, r.overdue]));
  const overdueByLocality = new Map<string, number>();
  for (const [id, overdue] of overdueByNeighbourhood) {
    const localityId = directory.neighbourhoodById.get(id)?.localityId;
    if (localityId) overdueByLocality.set(localityId, (overdueByLocality.get(localityId) ?? 0) + overdue);
  }
  const neighbourhoodData = placeDataFrom(rows.neighbourhoodRows, new Map());
  for (const [id, data] of neighbourhoodData) data.overdue = overdueByNeighbourhood.get(id) ?? 0;
  return {
    localityData: placeDataFrom(rows.localityRows, overdueByLocality),
    neighbourhoodData,
    ...breakdownsFrom(rows.breakdownRows),
  };
}
