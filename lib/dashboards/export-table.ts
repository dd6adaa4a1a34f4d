// A dashboard table as a CSV download: the same authorised, protected figures as the page, and
// an audit row ("dashboard.export") saying who took which table of which place.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { toCsv } from "@/lib/domain/csv";
import { dashboardCsvRows, isDashboardTable, overviewCsvRows } from "./dashboard-csv";
import type { DashboardQuery } from "./dashboard-filters";
import type { DashboardFilters } from "./dashboard-types";
import { loadLedPlacesOverview, loadPlaceDashboard, type PlaceTarget } from "./queries";

export type ExportedTable = { filename: string; csv: string };

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

function filenameOf(place: string, table: string, filters: DashboardFilters): string {
  const theme = filters.theme ? `-${slug(filters.theme.name)}` : "";
  return `golden-thread-${slug(place)}-${table}${theme}-${filters.period.from}-to-${filters.period.to}.csv`;
}

/**
 * `table` is a dashboard table of the target place, or "overview" for a lead's overview.
 * Null when the actor may not see the place or the page has no such table (a 404).
 */
export async function exportDashboardTable(
  actor: Actor,
  target: PlaceTarget,
  table: string,
  query: DashboardQuery,
  ipAddress: string | null,
): Promise<ExportedTable | null> {
  let exported: { rows: (string | number)[][]; place: { id: string; name: string; level: string }; filters: DashboardFilters } | null = null;
  if (table === "overview" && !target.locality) {
    const overview = await loadLedPlacesOverview(actor, query);
    if (overview) exported = { rows: overviewCsvRows(overview), place: { id: "overview", name: "my-places", level: "overview" }, filters: overview.filters };
  } else if (isDashboardTable(table)) {
    const dashboard = await loadPlaceDashboard(actor, target, query);
    const rows = dashboard && dashboardCsvRows(dashboard, table);
    if (dashboard && rows) exported = { rows, place: dashboard.place, filters: dashboard.filters };
  }
  if (!exported) return null;
  await writeAuditEvent(db, {
    actor: auditActorOf(actor),
    action: "dashboard.export",
    recordType: exported.place.level,
    recordId: exported.place.id,
    reasons: ["aggregate figures of a place the user may see, small numbers suppressed"],
    ipAddress,
    details: {
      table,
      place: exported.place.name,
      from: exported.filters.period.from,
      to: exported.filters.period.to,
      theme: exported.filters.theme?.name ?? null,
      rows: exported.rows.length - 1,
    },
  });
  return { filename: filenameOf(exported.place.name, table, exported.filters), csv: `\uFEFF${toCsv(exported.rows)}` };
}
