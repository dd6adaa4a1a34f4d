// A barrier log page's body: filters, the page of barriers, paging and the CSV of the whole list.
import { Pagination } from "@/components/ui/pagination";
import type { Option } from "@/components/ui/select-field";
import type { Paged } from "@/lib/domain/paging";
import type { BarrierRow } from "@/lib/barriers/barrier-row";
import type { LogFilters } from "@/lib/barriers/log-filters";
import { BarrierTable } from "./barrier-table";
import { LogFilterForm } from "./log-filter-form";

type Props = { path: string; csvPath: string; filters: LogFilters; organisations: Option[]; log: Paged<BarrierRow>; caption: string; showPlace?: boolean };

function query(filters: LogFilters, page?: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  if (page && page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function BarrierLogView({ path, csvPath, filters, organisations, log, caption, showPlace }: Props) {
  return (
    <>
      <LogFilterForm filters={filters} organisations={organisations} clearHref={path} />
      {log.total === 0 ? (
        <p className="mb-8">No barriers match these filters.</p>
      ) : (
        <>
          <BarrierTable caption={`${caption} (${log.total.toLocaleString("en-GB")})`} rows={log.rows} showPlace={showPlace} />
          <Pagination page={log.page} pageCount={log.pageCount} hrefFor={(page) => `${path}${query(filters, page)}`} label="Pages of barriers" />
        </>
      )}
      <p className="mb-8">
        <a href={`${csvPath}${query(filters)}`} download>
          Download this list (CSV)
        </a>
      </p>
    </>
  );
}
