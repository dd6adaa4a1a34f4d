// Places side by side, ranked by any figure: each column heading is a link that sorts by it
// (GET, so it works without JavaScript), with aria-sort on the sorted column. Hidden figures
// sort last whatever the direction. The total row is the place the rows add up to.
import Link from "next/link";
import { Td, Th } from "@/components/ui/table";
import { comparisonFigures, sortComparisonRows, type SortDirection, type SortKey } from "@/lib/dashboards/comparison";
import { dashboardQueryString } from "@/lib/dashboards/dashboard-filters";
import type { Comparison, ComparisonRow, DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { ProtectionKey } from "./protection-key";

type Props = {
  comparison: Comparison;
  filters: DashboardFilters;
  sort: { key: SortKey; direction: SortDirection };
  /** The page the sort links go to. */
  action: string;
  /** Whether each place's name links to its dashboard. */
  linkRows?: boolean;
  /** The table's anchor, unique on the page. */
  id?: string;
};

const columns: { key: SortKey; label: string }[] = [
  { key: "name", label: "Place" },
  { key: "population", label: "Residents" },
  ...comparisonFigures.map((f) => ({ key: f.key, label: f.short })),
];

function SortHeader({ column, sort, href }: { column: (typeof columns)[number]; sort: Props["sort"]; href: string }) {
  const sorted = sort.key === column.key;
  return (
    <Th
      scope="col"
      aria-sort={sorted ? sort.direction : undefined}
      className={column.key === "name" ? "min-w-36 pr-2!" : "pr-2! text-right"}
    >
      <Link href={href} className="font-bold">
        {column.label}
        {sorted && <span aria-hidden="true">{sort.direction === "ascending" ? " ▲" : " ▼"}</span>}
        <span className="sr-only">{sorted ? `, sorted ${sort.direction}` : ", sort by this column"}</span>
      </Link>
    </Th>
  );
}

function Cells({ row, link, label }: { row: ComparisonRow; link: boolean; label?: string }) {
  return (
    <>
      <Th scope="row" className={label ? "pr-2!" : "pr-2! font-normal"}>
        {link ? <Link href={row.place.href}>{row.place.name}</Link> : (label ?? row.place.name)}
      </Th>
      <Td className="pr-2! text-right">{row.place.population.toLocaleString("en-GB")}</Td>
      {comparisonFigures.map((f) => (
        <Td key={f.key} className="pr-2! text-right whitespace-nowrap">
          {row.figures[f.key].display}
        </Td>
      ))}
    </>
  );
}

export function ComparisonTable({ comparison, filters, sort, action, linkRows = true, id = `${comparison.unit}-comparison` }: Props) {
  const rows = sortComparisonRows(comparison.rows, sort.key, sort.direction);
  const hrefFor = (key: SortKey) => {
    const direction = sort.key === key && sort.direction === "descending" ? "ascending" : key === "name" ? "ascending" : "descending";
    return `${action}?${dashboardQueryString(filters, { sort: key, dir: direction })}#${id}`;
  };
  return (
    <div className="overflow-x-auto" id={id}>
      <table className="mb-2 w-full border-collapse text-left text-sm">
        <caption className="mb-3 text-left text-xl font-bold">{comparison.caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <SortHeader key={column.key} column={column} sort={sort} href={hrefFor(column.key)} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.place.id}>
              <Cells row={row} link={linkRows} />
            </tr>
          ))}
        </tbody>
        {comparison.total && (
          <tfoot className="font-bold">
            <tr>
              <Cells row={comparison.total} link={false} label={comparison.unit === "locality" ? "All localities" : `All of ${comparison.total.place.name}`} />
            </tr>
          </tfoot>
        )}
      </table>
      <ProtectionKey values={[...comparison.rows, ...(comparison.total ? [comparison.total] : [])].flatMap((r) => Object.values(r.figures))} />
    </div>
  );
}
