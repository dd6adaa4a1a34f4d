// Diverging bars drawn as SVG: per row, what went out (to the left of the axis, hatched) and what
// came back (to the right, solid), each labelled with its amount in text. A hidden amount
// ("<5", "[c]") has no bar, only its label. Read with the table behind it (ChartFigure).
import { ChartPatterns, fillFor } from "./chart-patterns";
import { axisColour, gridColour, seriesStyles } from "./chart-styles";

export type DivergingRow = { key: string; label: string; left: { value: number | null; display: string }; right: { value: number | null; display: string } };

type Props = { id: string; description: string; leftLabel: string; rightLabel: string; rows: DivergingRow[] };

const width = 760;
const labelWidth = 230;
const barHeight = 18;
const rowGap = 10;
const valueRoom = 78;

function truncate(text: string, max = 32): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function DivergingBarChart({ id, description, leftLabel, rightLabel, rows }: Props) {
  const plotLeft = labelWidth + valueRoom;
  const plotRight = width - valueRoom;
  const centre = (plotLeft + plotRight) / 2;
  const half = (plotRight - plotLeft) / 2;
  const max = Math.max(1, ...rows.flatMap((r) => [r.left.value ?? 0, r.right.value ?? 0]));
  const scale = (v: number) => (v / max) * half;
  const top = 34;
  const height = top + rows.length * (barHeight + rowGap) + 12;
  const out = seriesStyles[1];
  const back = seriesStyles[0];
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-3xl" role="img" aria-labelledby={`${id}-desc`}>
      <desc id={`${id}-desc`}>{description}</desc>
      <ChartPatterns id={id} />
      <g>
        <rect x={centre - 200} y={6} width="16" height="14" fill={fillFor(id, out.fill, out.colour)} stroke={out.colour} />
        <text x={centre - 178} y={18} fontSize="13" fill="#0b0c0c">{leftLabel}</text>
        <rect x={centre + 20} y={6} width="16" height="14" fill={back.colour} stroke={back.colour} />
        <text x={centre + 42} y={18} fontSize="13" fill="#0b0c0c">{rightLabel}</text>
      </g>
      <line x1={centre} x2={centre} y1={top - 4} y2={height - 8} stroke={axisColour} />
      {rows.map((row, i) => {
        const y = top + i * (barHeight + rowGap);
        const leftWidth = row.left.value ? scale(row.left.value) : 0;
        const rightWidth = row.right.value ? scale(row.right.value) : 0;
        return (
          <g key={row.key}>
            <line x1={plotLeft} x2={plotRight} y1={y + barHeight + rowGap / 2} y2={y + barHeight + rowGap / 2} stroke={gridColour} />
            <text x={8} y={y + barHeight - 4} fontSize="13" fill="#0b0c0c">
              <title>{row.label}</title>
              {truncate(row.label)}
            </text>
            {leftWidth > 0 && <rect x={centre - leftWidth} y={y} width={leftWidth} height={barHeight} fill={fillFor(id, out.fill, out.colour)} stroke={out.colour} />}
            <text x={centre - leftWidth - 4} y={y + barHeight - 4} fontSize="12" textAnchor="end" fill="#0b0c0c">{row.left.display}</text>
            {rightWidth > 0 && <rect x={centre} y={y} width={rightWidth} height={barHeight} fill={back.colour} stroke={back.colour} />}
            <text x={centre + rightWidth + 4} y={y + barHeight - 4} fontSize="12" fill="#0b0c0c">{row.right.display}</text>
          </g>
        );
      })}
    </svg>
  );
}
