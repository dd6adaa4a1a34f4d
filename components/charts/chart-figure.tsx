// A chart with its title and, behind it, the same figures as a table (the chart's text
// alternative, also for copying), plus anything else that belongs with it (an export link).
import type { ReactNode } from "react";

type Props = { id: string; title: string; chart: ReactNode; table: ReactNode; children?: ReactNode };

export function ChartFigure({ id, title, chart, table, children }: Props) {
  return (
    <figure aria-labelledby={`${id}-title`} className="mb-10">
      <figcaption id={`${id}-title`} className="mb-3 text-xl font-bold">
        {title}
      </figcaption>
      {chart}
      <details className="mt-3">
        <summary className="cursor-pointer text-link underline">Show the figures in “{title}” as a table</summary>
        <div className="mt-3">{table}</div>
      </details>
      {children}
    </figure>
  );
}
