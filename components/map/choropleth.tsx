// A choropleth of neighbourhoods drawn from their GeoJSON boundaries as SVG (no tiles, no map
// library). A sequential fill that darkens in greyscale too, a legend of plain ranges, the value
// written on each area (or in its link text on a crowded map), and a hatched fill for hidden
// values. Every area is a link to its dashboard, named with its value.
import { ChartPatterns } from "@/components/charts/chart-patterns";
import { boundsOf, fitProjection, labelPoint, outlineOf, svgPath, svgPolylines, type PolygonRings } from "@/lib/domain/geo-projection";
import type { ShownCount } from "@/lib/domain/small-number-protection";
import { mapClasses, type MapClass } from "./classes";

export type MapArea = { id: string; name: string; href: string; polygons: PolygonRings[]; value: ShownCount };

type Props = {
  id: string;
  /** What the value is, e.g. "new cases per 1,000 residents". */
  figure: string;
  format: (value: number) => string;
  /** The step values are shown in (1 for counts, 0.1 for rates…). */
  precision: number;
  areas: MapArea[];
  /** Labels on the areas: readable on a locality's few neighbourhoods, not on the whole partnership. */
  labelAreas: boolean;
  /** Larger places (localities) whose outlines are drawn bolder, for finding one's way. */
  groups?: { id: string; polygons: PolygonRings[] }[];
};

// Light to dark: each step darker in greyscale as well as in colour.
const palette = ["#deebf7", "#a6cbe3", "#6497c4", "#2f6aa8", "#0b2f5f"];
const darkText = 3;

const width = 720;

function Legend({ id, classes, format, hasHidden }: { id: string; classes: MapClass[]; format: Props["format"]; hasHidden: boolean }) {
  return (
    <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-base" aria-label="Key">
      {classes.map((c) => (
        <li key={c.index} className="flex items-center gap-2">
          <svg width="24" height="16" aria-hidden="true">
            <rect width="24" height="16" fill={palette[paletteIndex(c.index, classes.length)]} stroke="#0b0c0c" />
          </svg>
          {c.from === c.to ? format(c.from) : `${format(c.from)} to ${format(c.to)}`}
        </li>
      ))}
      {hasHidden && (
        <li className="flex items-center gap-2">
          <svg width="24" height="16" aria-hidden="true">
            <ChartPatterns id={`${id}-key`} />
            <rect width="24" height="16" fill={`url(#${id}-key-hidden)`} stroke="#0b0c0c" />
          </svg>
          Not shown: a small number
        </li>
      )}
    </ul>
  );
}

/** Spreads fewer classes across the whole palette, so two classes are still far apart. */
function paletteIndex(index: number, count: number): number {
  return count <= 1 ? 2 : Math.round((index * (palette.length - 1)) / (count - 1));
}

export function Choropleth({ id, figure, format, precision, areas, labelAreas, groups = [] }: Props) {
  const bounds = boundsOf(areas.map((a) => a.polygons));
  if (!bounds) return null;
  const projection = fitProjection(bounds, width, 560, 10);
  const { classes, classOf } = mapClasses(areas.flatMap((a) => (a.value.value === null ? [] : [a.value.value])), precision);
  const hasHidden = areas.some((a) => a.value.value === null && a.value.protection !== null);
  const drawn = areas.map((area) => {
    const c = area.value.value === null ? null : classOf(area.value.value);
    const shade = c ? paletteIndex(c.index, classes.length) : null;
    return {
      area,
      shade,
      fill: shade === null ? (area.value.protection ? `url(#${id}-hidden)` : "#ffffff") : palette[shade],
      label: labelAreas ? labelPoint(area.polygons, projection) : null,
    };
  });
  return (
    <>
      <svg
        viewBox={`0 0 ${projection.width} ${projection.height}`}
        className="h-auto w-full max-w-3xl"
        role="group"
        aria-label={`Map of ${figure}: select an area to open its dashboard`}
      >
        <ChartPatterns id={id} />
        {drawn.map(({ area, fill }) => {
          const name = `${area.name}: ${area.value.display} ${figure}`;
          return (
            <a key={area.id} href={area.href} aria-label={name} className="group">
              <title>{name}</title>
              {/* A hairline of the fill's own colour hides the seams between a neighbourhood's wards. */}
              <path
                d={svgPath(area.polygons, projection)}
                fill={fill}
                stroke={fill.startsWith("#") ? fill : "none"}
                strokeWidth="1.2"
                fillRule="evenodd"
                className="group-hover:opacity-80 group-focus-visible:fill-focus group-focus-visible:stroke-focus"
              />
            </a>
          );
        })}
        <g aria-hidden="true" pointerEvents="none" fill="none" stroke="#0b0c0c" strokeWidth="1.2" strokeLinejoin="round">
          {drawn.map(({ area }) => (
            <path key={area.id} d={svgPolylines(outlineOf(area.polygons), projection)} />
          ))}
        </g>
        <g aria-hidden="true" pointerEvents="none" fill="none" stroke="#0b0c0c" strokeWidth="3" strokeLinejoin="round">
          {groups.map((group) => (
            <path key={group.id} d={svgPolylines(outlineOf(group.polygons), projection)} />
          ))}
        </g>
        <g aria-hidden="true" pointerEvents="none" textAnchor="middle" fontSize="15" fontWeight="bold" strokeWidth="3" paintOrder="stroke">
          {drawn.map(({ area, shade, label }) =>
            label ? (
              <text
                key={area.id}
                x={label[0]}
                y={label[1] + 5}
                fill={shade !== null && shade >= darkText ? "#ffffff" : "#0b0c0c"}
                stroke={shade !== null && shade >= darkText ? "#0b0c0c" : "#ffffff"}
              >
                {/* Short on the map, where "about 85%" would crowd its neighbours. */}
                {area.value.protection === "rounded" && area.value.value !== null ? `≈${format(area.value.value)}` : area.value.display}
              </text>
            ) : null,
          )}
        </g>
      </svg>
      <Legend id={id} classes={classes} format={format} hasHidden={hasHidden} />
    </>
  );
}
