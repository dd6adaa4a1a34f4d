// GET /api/ledger/[locality/[neighbourhood/]]<table>.csv — one ledger table as CSV, with the
// page's protection. Anything the caller may not see (or no session) answers 404.
import { currentActor } from "@/lib/auth/actor";
import { clientAddress } from "@/lib/auth/client-address";
import { exportLedgerTable } from "@/lib/ledger/export-ledger-table";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const actor = await currentActor();
  if (!actor) return notFound();
  const { path } = await params;
  const file = path.at(-1) ?? "";
  if (path.length > 3 || !file.endsWith(".csv")) return notFound();
  const places = path.slice(0, -1);
  const search = new URL(request.url).searchParams;
  const exported = await exportLedgerTable(
    actor,
    { locality: places[0], neighbourhood: places[1] },
    file.slice(0, -".csv".length),
    { from: search.get("from") ?? undefined, to: search.get("to") ?? undefined },
    clientAddress(request.headers),
  );
  if (!exported) return notFound();
  return new Response(exported.csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${exported.filename}"`, "Cache-Control": "no-store" },
  });
}
