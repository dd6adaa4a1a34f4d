// A small map of one neighbourhood's boundary, drawn as SVG with no tile server. The projection
// (equirectangular, longitude scaled by cos(latitude)) is the portal's one, lib/domain/geo-projection.ts.
import type { Boundary } from "@/lib/domain/geojson";
import { boundsOf, fitProjection, svgPath, type PolygonRings } from "@/lib/domain/geo-projection";

const kmPerDegreeLatitude = 111.32;
const niceKm = [0.25, 0.5, 1, 2, 5, 10, 20];

type Props = { boundary: Boundary; title: string; width?: number };

export function BoundaryPreview({ boundary, title, width = 400 }: Props) {
  const polygons: PolygonRings[] = boundary.type === "Polygon" ? [boundary.coordinates] : boundary.coordinates;
  const bounds = boundsOf([polygons]);
  if (!bounds) return null;
  const projection = fitProjection(bounds, width, 320, 12);
  const points = polygons.reduce((sum, rings) => sum + rings.reduce((s, r) => s + r.length, 0), 0);

  // A scale bar about a third of the width: pixels per km measured along a meridian.
  const [, y0] = projection.project([bounds.minLon, bounds.minLat]);
  const [, y1] = projection.project([bounds.minLon, bounds.minLat + 1 / kmPerDegreeLatitude]);
  const pixelsPerKm = Math.abs(y0 - y1);
  const barKm = niceKm.findLast((km) => km * pixelsPerKm <= width / 3) ?? niceKm[0];
  const barLength = barKm * pixelsPerKm;
  const height = projection.height + 28;
  const widthKm = ((bounds.maxLon - bounds.minLon) * Math.cos((((bounds.minLat + bounds.maxLat) / 2) * Math.PI) / 180)) * kmPerDegreeLatitude;
  const heightKm = (bounds.maxLat - bounds.minLat) * kmPerDegreeLatitude;
  const titleId = `boundary-${title.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`;

  return (
    <figure className="mb-8 inline-block border border-border bg-white">
      <svg role="img" aria-labelledby={titleId} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="block h-auto max-w-full">
        <title id={titleId}>{title}</title>
        <path d={svgPath(polygons, projection)} fill="#d2e2f1" fillRule="evenodd" stroke="#1d4f91" strokeWidth={1.5} strokeLinejoin="round" />
        <g transform={`translate(12,${height - 14})`}>
          <line x1={0} x2={barLength} y1={0} y2={0} stroke="#0b0c0c" strokeWidth={2} />
          <line x1={0} x2={0} y1={-4} y2={4} stroke="#0b0c0c" strokeWidth={2} />
          <line x1={barLength} x2={barLength} y1={-4} y2={4} stroke="#0b0c0c" strokeWidth={2} />
          <text x={barLength + 6} y={5} fontSize={13} fill="#0b0c0c">
            {barKm} km
          </text>
        </g>
      </svg>
      <figcaption className="border-t border-border px-2 py-1 text-base text-secondary-ink">
        About {widthKm.toFixed(1)} km across, {heightKm.toFixed(1)} km north to south; {points.toLocaleString("en-GB")} points
      </figcaption>
    </figure>
  );
}
