// Reads about places themselves (not their figures, which are in lib/dashboards): the boundaries
// the dashboards' maps draw.
import "server-only";
import { db } from "@/lib/db";
import { storedBoundary } from "@/lib/domain/geojson";
import type { PolygonRings } from "@/lib/domain/geo-projection";

export type NeighbourhoodShape = { id: string; polygons: PolygonRings[] };

/**
 * The boundaries of the given neighbourhoods as polygons, for those that have a usable one.
 * Callers pass only neighbourhoods whose dashboard figures the actor may already see.
 */
export async function neighbourhoodShapes(neighbourhoodIds: readonly string[]): Promise<NeighbourhoodShape[]> {
  if (neighbourhoodIds.length === 0) return [];
  const rows = await db.neighbourhood.findMany({
    where: { id: { in: [...neighbourhoodIds] } },
    select: { id: true, boundary: true },
  });
  return rows.flatMap((row) => {
    const boundary = storedBoundary(row.boundary);
    if (!boundary) return [];
    return [{ id: row.id, polygons: boundary.type === "Polygon" ? [boundary.coordinates] : boundary.coordinates }];
  });
}
