// Downloads the audit trail as CSV for the filters in the query string (the audit page's link).
// A route handler checks the session and permission itself, as a page would, then re-authentication.
import { auditFilterValues, parseAuditFilters } from "@/lib/admin/audit/filters";
import { exportAuditCsv } from "@/lib/admin/audit/export-audit";
import { jsonError, routeActor } from "@/lib/admin/http/route-guard";
import { clientAddress } from "@/lib/auth/client-address";
import { isRecentlyAuthenticated, reauthenticationRedirect } from "@/lib/auth/reauthentication";

export async function GET(request: Request) {
  const actor = await routeActor(request, "audit.read", { changes: false });
  if (actor instanceof Response) return actor;
  // The trail names people and their actions: confirm the password and code first (5 minutes).
  if (!(await isRecentlyAuthenticated(actor))) return reauthenticationRedirect(request);
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = parseAuditFilters(auditFilterValues(params));
  if (!parsed.ok) return jsonError(400, "The filters are not valid: correct them on the audit page, then export again");
  const result = await exportAuditCsv(actor, parsed.filters, clientAddress(request.headers));
  if (!result.ok) return jsonError(422, result.message);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(result.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-trail-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
