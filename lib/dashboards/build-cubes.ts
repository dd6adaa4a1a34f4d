// Builds the protected figure cubes from the summary data: the partnership with its localities,
// then a locality with its neighbourhoods (its own figures fixed as the first cube decided).
import { FigureCube, breakdownKinds, type BreakdownKind, type CubeShape, type PlaceData } from "./figure-cube";
import { sumBreakdowns, sumPlaceData, type PlaceExtras, sumExtras } from "./place-data";
import { partnershipId, type PlaceDirectory } from "./place-directory";

export type DashboardData = {
  directory: PlaceDirectory;
  shape: CubeShape;
  /** Localities' data as read (every locality). */
  localityData: Map<string, PlaceData>;
  /** Neighbourhoods' data, for the localities whose neighbourhoods were read. */
  neighbourhoodData: Map<string, PlaceData>;
  breakdowns: Map<string, Partial<Record<BreakdownKind, number[]>>>;
  extras: Map<string, PlaceExtras>;
};

const emptyData = (): PlaceData => sumPlaceData([]);

export function buildTopCube(d: DashboardData): FigureCube {
  const cube = new FigureCube(d.shape);
  const localityIds = d.directory.localities.map((l) => l.ref.id);
  cube.addPlace(partnershipId, sumPlaceData(localityIds.map((id) => d.localityData.get(id))));
  for (const id of localityIds) cube.addPlace(id, d.localityData.get(id) ?? emptyData());
  cube.relateHierarchy(partnershipId, localityIds);
  return cube.protect();
}

/** Pads every breakdown to the same length across a family, so each category is a cell for all. */
function padded(breakdowns: Partial<Record<BreakdownKind, number[]>>, lengths: Partial<Record<BreakdownKind, number>>) {
  const out: Partial<Record<BreakdownKind, number[]>> = {};
  for (const kind of breakdownKinds) {
    const counts = breakdowns[kind] ?? [];
    out[kind] = Array.from({ length: lengths[kind] ?? 0 }, (_, i) => counts[i] ?? 0);
  }
  return out;
}

export function buildFamilyCube(d: DashboardData, top: FigureCube, localityId: string): FigureCube {
  const cube = new FigureCube(d.shape);
  const locality = d.directory.localityById.get(localityId);
  const ids = locality ? locality.neighbourhoods.map((n) => n.ref.id) : [];
  cube.addPlace(localityId, d.localityData.get(localityId) ?? emptyData());
  for (const id of ids) cube.addPlace(id, d.neighbourhoodData.get(id) ?? emptyData());
  const total = sumBreakdowns(ids.map((id) => d.breakdowns.get(id)));
  const lengths = Object.fromEntries(breakdownKinds.map((k) => [k, total[k]?.length ?? 0]));
  cube.addBreakdowns(localityId, padded(total, lengths));
  for (const id of ids) cube.addBreakdowns(id, padded(d.breakdowns.get(id) ?? {}, lengths));
  cube.relateHierarchy(localityId, ids);
  cube.fixFrom(top, localityId);
  return cube.protect();
}

/** Duration histograms of a place: a neighbourhood's as read, a locality's or the partnership's summed. */
export function extrasOf(d: DashboardData, placeId: string): PlaceExtras {
  if (placeId === partnershipId) return sumExtras([...d.extras.values()]);
  const locality = d.directory.localityById.get(placeId);
  if (locality) return sumExtras(locality.neighbourhoods.map((n) => d.extras.get(n.ref.id)));
  return d.extras.get(placeId) ?? { responseTimes: [], firstContacts: [] };
}

export function dataOf(d: DashboardData, placeId: string): PlaceData {
  if (placeId === partnershipId) return sumPlaceData([...d.localityData.values()]);
  return d.localityData.get(placeId) ?? d.neighbourhoodData.get(placeId) ?? emptyData();
}
