// GOV.UK summary list: key–value rows of a record.
import type { ReactNode } from "react";

export function SummaryList({ rows }: { rows: { key: string; value: ReactNode }[] }) {
  return (
    <dl className="mb-8 border-t border-border">
      {rows.map((row) => (
        <div key={row.key} className="grid grid-cols-1 gap-1 border-b border-border py-2 sm:grid-cols-3">
          <dt className="font-bold">{row.key}</dt>
          <dd className="sm:col-span-2">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
