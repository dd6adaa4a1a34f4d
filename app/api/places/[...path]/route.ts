// GET /api/places/[locality/[neighbourhood/]]<table>.csv — one dashboard table as CSV, with the
// page's protection. Checks the session and the place itself: anything the caller may not see
// (or no session at all) answers 404, exactly like a place that does not exist.
import { currentActor } from "@/lib/auth/actor";
import { clientAddress } from "@/lib/auth/client-address";
import { readDashboardQuery } from "@/lib/dashboards/dashboard-filters";
import { exportDashboardTable } from "@/lib/dashboards/export-table";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const actor = await currentActor();
  if (!actor) return notFound();
  const { path } = await params;
  const file = path.at(-1) ?? "";
  if (path.length > 3 || !file.endsWith(".csv")) return notFound();
  const [locality, neighbourhood] = path.length === 3 ? path : path.length === 2 ? [path[0], undefined] : [undefined, undefined];
  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const exported = await exportDashboardTable(
    actor,
    { locality, neighbourhood },
    file.slice(0, -".csv".length),
    readDashboardQuery(searchParams),
    clientAddress(request.headers),
  );
  if (!exported) return notFound();
  return new Response(exported.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exported.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
