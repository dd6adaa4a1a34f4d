// The comparison as a map: neighbourhoods shaded by the figure the table is ranked by, each a
// link to its dashboard. Neighbourhoods without a boundary are listed under it instead.
import Link from "next/link";
import { Choropleth, type MapArea } from "@/components/map/choropleth";
import { comparisonFigures, defaultSort, figurePrecision, formatFigureValue, type SortKey } from "@/lib/dashboards/comparison";
import type { ComparisonRow, FigureKey } from "@/lib/dashboards/dashboard-types";
import type { NeighbourhoodShape } from "@/lib/places/queries";

type Props = { rows: ComparisonRow[]; shapes: NeighbourhoodShape[]; sortKey: SortKey; labelAreas: boolean; outlineLocalities: boolean };

export function PlaceMap({ rows, shapes, sortKey, labelAreas, outlineLocalities }: Props) {
  const figure = comparisonFigures.find((f) => f.key === sortKey) ?? comparisonFigures.find((f) => f.key === defaultSort.key);
  if (!figure) return null;
  const key: FigureKey = figure.key;
  const shapeById = new Map(shapes.map((s) => [s.id, s]));
  const areas: MapArea[] = rows.flatMap((row) => {
    const shape = shapeById.get(row.place.id);
    return shape ? [{ id: row.place.id, name: row.place.name, href: row.place.href, polygons: shape.polygons, value: row.figures[key] }] : [];
  });
  const unplaced = rows.filter((row) => !shapeById.has(row.place.id));
  const localities = new Map<string, MapArea["polygons"]>();
  if (outlineLocalities) {
    for (const area of areas) {
      const localityId = rows.find((r) => r.place.id === area.id)?.place.localityId;
      if (localityId) localities.set(localityId, [...(localities.get(localityId) ?? []), ...area.polygons]);
    }
  }
  const label = figure.label.charAt(0).toLowerCase() + figure.label.slice(1);
  return (
    <section aria-labelledby="map-heading" className="mb-12">
      <h2 id="map-heading" className="mb-2 text-3xl font-bold">
        Map
      </h2>
      <p className="mb-4 max-w-3xl">
        Neighbourhoods shaded by {label}, the figure the table is ranked by: darker is higher.
        {outlineLocalities && " Bold lines are the borders of localities."} Rank the table by another
        figure to map that instead. Select a neighbourhood to open its dashboard.
      </p>
      {areas.length > 0 ? (
        <Choropleth id="place-map" figure={label} format={(v) => formatFigureValue(key, v)} precision={figurePrecision(key)}
          areas={areas}
          labelAreas={labelAreas}
          groups={[...localities].map(([id, polygons]) => ({ id, polygons }))}
        />
      ) : (
        <p>No neighbourhood here has a boundary recorded yet.</p>
      )}
      {unplaced.length > 0 && (
        <div className="mt-4">
          <p className="font-bold">Not on the map (no boundary recorded):</p>
          <ul className="list-disc pl-6">
            {unplaced.map((row) => (
              <li key={row.place.id}>
                <Link href={row.place.href}>{row.place.name}</Link>: {row.figures[key].display}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
