// A monthly line chart drawn as SVG. Series differ by line pattern and marker shape as well as
// colour, and are labelled at their ends; hidden months ("<5", "[c]") are gaps. The figures
// themselves are in the data table that every chart comes with (ChartFigure); callers leave
// the month in progress out, so a month only days old never reads as a collapse.
import { axisColour, gridColour, seriesStyles, type SeriesStyle } from "./chart-styles";
import { ticks } from "./scale";

export type TrendSeries = { key: string; label: string; values: (number | null)[] };

type Props = {
  id: string;
  description: string;
  monthLabels: string[];
  series: TrendSeries[];
};

const labelGap = 16;

const width = 720;
const height = 300;
const margin = { top: 16, right: 150, bottom: 44, left: 48 };

function Marker({ style, x, y }: { style: SeriesStyle; x: number; y: number }) {
  if (style.marker === "square") return <rect x={x - 3.5} y={y - 3.5} width="7" height="7" fill={style.colour} />;
  if (style.marker === "triangle") return <path d={`M${x} ${y - 4.5}L${x + 4.5} ${y + 3.5}L${x - 4.5} ${y + 3.5}Z`} fill={style.colour} />;
  return <circle cx={x} cy={y} r="3.5" fill={style.colour} />;
}

/** Line segments between consecutive shown months; a hidden month breaks the line. */
function segments(points: ([number, number] | null)[]): string {
  let path = "";
  let drawing = false;
  for (const point of points) {
    if (!point) {
      drawing = false;
      continue;
    }
    path += `${drawing ? "L" : "M"}${point[0].toFixed(1)} ${point[1].toFixed(1)}`;
    drawing = true;
  }
  return path;
}

/**
 * End labels spread at least `gap` apart and kept between `top` and `bottom`, so they never
 * overlap each other or run into the month labels (three lines at 0 used to).
 */
export function labelPositions(ys: number[], top: number, bottom: number, gap = labelGap): number[] {
  const order = ys.map((y, i) => ({ y: Math.min(Math.max(y, top), bottom), i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed: number[] = new Array(ys.length);
  let last = -Infinity;
  for (const { y, i } of order) placed[i] = last = Math.max(y, last + gap);
  // Pushed past the bottom: shift up from the last one, keeping the gaps.
  let next = Infinity;
  for (const { i } of [...order].reverse()) placed[i] = next = Math.min(placed[i], bottom, next - gap);
  return placed;
}

/** Which months get a label: every one up to a year, then every second or third, counted back from the last. */
export function labelledMonths(count: number): Set<number> {
  const step = count <= 12 ? 1 : count <= 18 ? 2 : 3;
  const labelled = new Set<number>();
  for (let i = count - 1; i >= 0; i -= step) labelled.add(i);
  return labelled;
}

export function TrendChart({ id, description, monthLabels, series }: Props) {
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const max = Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const axis = ticks(max);
  const top = axis[axis.length - 1];
  const x = (i: number) => margin.left + (monthLabels.length > 1 ? (i / (monthLabels.length - 1)) * plotWidth : plotWidth / 2);
  const y = (v: number) => margin.top + plotHeight - (v / top) * plotHeight;
  const lines = series.map((s, si) => {
    const style = seriesStyles[si % seriesStyles.length];
    const points = s.values.map((v, i) => (v === null ? null : ([x(i), y(v)] as [number, number])));
    const lastIndex = points.findLastIndex((p) => p !== null);
    return { s, style, points, end: lastIndex >= 0 ? (points[lastIndex] as [number, number]) : null };
  });
  const ends = labelPositions(
    lines.map((l) => l.end?.[1] ?? margin.top + plotHeight),
    margin.top + 4,
    margin.top + plotHeight,
  );
  const labelled = labelledMonths(monthLabels.length);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-3xl" role="img" aria-labelledby={`${id}-desc`}>
      <desc id={`${id}-desc`}>{description}</desc>
      {axis.map((t) => (
        <g key={t}>
          <line x1={margin.left} x2={margin.left + plotWidth} y1={y(t)} y2={y(t)} stroke={gridColour} />
          <text x={margin.left - 8} y={y(t) + 4} textAnchor="end" fontSize="12" fill={axisColour}>
            {t.toLocaleString("en-GB")}
          </text>
        </g>
      ))}
      <line x1={margin.left} x2={margin.left + plotWidth} y1={y(0)} y2={y(0)} stroke={axisColour} />
      {monthLabels.map((label, i) =>
        labelled.has(i) ? (
          <text key={label} x={x(i)} y={height - margin.bottom + 18} textAnchor="middle" fontSize="12" fill={axisColour}>
            {label.split(" ").map((part, line) => (
              <tspan key={part} x={x(i)} dy={line === 0 ? 0 : 14}>
                {part}
              </tspan>
            ))}
          </text>
        ) : null,
      )}
      {lines.map(({ s, style, points, end }, si) => (
        <g key={s.key}>
          <path d={segments(points)} fill="none" stroke={style.colour} strokeWidth="2.5" strokeDasharray={style.dash} />
          {points.map((p, i) => (p ? <Marker key={i} style={style} x={p[0]} y={p[1]} /> : null))}
          {end && (
            <text x={margin.left + plotWidth + 10} y={ends[si] + 4} fontSize="13" fontWeight="bold" fill={style.colour}>
              {s.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
