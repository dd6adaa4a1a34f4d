// Horizontal bars drawn as SVG, one or two series: the first solid, the second hatched, each
// bar labelled with its value in text. A hidden value ("<5", "[c]") has no bar, only its label.
import { ChartPatterns, fillFor } from "./chart-patterns";
import { axisColour, gridColour, seriesStyles } from "./chart-styles";
import { ticks } from "./scale";

export type BarValue = { value: number | null; display: string };
export type BarRow = { key: string; label: string; values: BarValue[] };

type Props = { id: string; description: string; seriesLabels: string[]; rows: BarRow[] };

const width = 720;
const labelWidth = 250;
const valueWidth = 60;
const barHeight = 14;
const barGap = 3;
const rowGap = 12;

function truncate(text: string, max = 34): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function BarChart({ id, description, seriesLabels, rows }: Props) {
  const seriesCount = Math.max(1, seriesLabels.length);
  const rowHeight = seriesCount * barHeight + (seriesCount - 1) * barGap + rowGap;
  const legendHeight = seriesCount > 1 ? 28 : 0;
  const plotTop = legendHeight + 8;
  const axisHeight = 24;
  const height = plotTop + rows.length * rowHeight + axisHeight;
  const plotWidth = width - labelWidth - valueWidth;
  const max = Math.max(0, ...rows.flatMap((r) => r.values.map((v) => v.value ?? 0)));
  const axis = ticks(max);
  const top = axis[axis.length - 1];
  const x = (v: number) => labelWidth + (v / top) * plotWidth;
  const bottom = plotTop + rows.length * rowHeight;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-3xl" role="img" aria-labelledby={`${id}-desc`}>
      <desc id={`${id}-desc`}>{description}</desc>
      <ChartPatterns id={id} />
      {seriesCount > 1 &&
        seriesLabels.map((label, si) => {
          const style = seriesStyles[si % seriesStyles.length];
          const lx = labelWidth + si * 230;
          return (
            <g key={label}>
              <rect x={lx} y={6} width="18" height="14" fill={fillFor(id, style.fill, style.colour)} stroke={style.colour} />
              <text x={lx + 24} y={18} fontSize="13" fill="#0b0c0c">
                {label}
              </text>
            </g>
          );
        })}
      {axis.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={plotTop - 4} y2={bottom} stroke={gridColour} />
          <text x={x(t)} y={bottom + 16} textAnchor="middle" fontSize="12" fill={axisColour}>
            {t.toLocaleString("en-GB")}
          </text>
        </g>
      ))}
      {rows.map((row, ri) => {
        const rowTop = plotTop + ri * rowHeight;
        return (
          <g key={row.key}>
            <text x={labelWidth - 8} y={rowTop + (seriesCount * (barHeight + barGap)) / 2 + 3} textAnchor="end" fontSize="13" fill="#0b0c0c">
              <title>{row.label}</title>
              {truncate(row.label)}
            </text>
            {row.values.map((v, si) => {
              const style = seriesStyles[si % seriesStyles.length];
              const barTop = rowTop + si * (barHeight + barGap);
              const end = v.value === null ? labelWidth : x(v.value);
              return (
                <g key={si}>
                  {v.value !== null && v.value > 0 && (
                    <rect x={labelWidth} y={barTop} width={end - labelWidth} height={barHeight} fill={fillFor(id, style.fill, style.colour)} stroke={style.colour} />
                  )}
                  <text x={end + 5} y={barTop + barHeight - 3} fontSize="12" fill="#0b0c0c">
                    {v.display}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      <line x1={labelWidth} x2={labelWidth} y1={plotTop - 4} y2={bottom} stroke={axisColour} />
    </svg>
  );
}
