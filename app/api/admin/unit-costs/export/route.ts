// GET /api/admin/unit-costs/export — every unit-cost version as CSV (audited), for admins only.
import { clientAddress } from "@/lib/auth/client-address";
import { routeActor } from "@/lib/admin/http/route-guard";
import { exportUnitCosts } from "@/lib/ledger/unit-costs/queries";

export async function GET(request: Request) {
  const actor = await routeActor(request, "admin.manage", { changes: false });
  if (actor instanceof Response) return actor;
  const csv = await exportUnitCosts(actor, clientAddress(request.headers));
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="golden-thread-unit-costs-${new Date().toISOString().slice(0, 10)}.csv"`, "Cache-Control": "no-store" },
  });
}
