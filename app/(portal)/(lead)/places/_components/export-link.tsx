// "Download this table (CSV)": the table's export, with the page's period and theme.
import { dashboardQueryString } from "@/lib/dashboards/dashboard-filters";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";

export function exportHref(placeHref: string, table: string, filters: DashboardFilters): string {
  return `${placeHref.replace(/^\/places/, "/api/places")}/${table}.csv?${dashboardQueryString(filters)}`;
}

export function ExportLink({ placeHref, table, filters, what }: { placeHref: string; table: string; filters: DashboardFilters; what: string }) {
  return (
    <p className="mt-2 mb-8">
      <a href={exportHref(placeHref, table, filters)} download>
        Download {what} (CSV)
      </a>
    </p>
  );
}
