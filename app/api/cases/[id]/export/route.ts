// GET /api/cases/:id/export — the case as JSON, for the organisations that may see it. Checks the
// session itself; a case the caller may not see answers 404 exactly like one that does not exist.
// Personal data: a caller who may export it confirms their password and code first (5 minutes).
import { currentActor } from "@/lib/auth/actor";
import { isRecentlyAuthenticated, reauthenticationRedirect } from "@/lib/auth/reauthentication";
import { exportCase, mayExportCase } from "@/lib/cases/export-case";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return new Response("Sign in to export cases", { status: 401 });
  const { id } = await params;
  if (!(await isRecentlyAuthenticated(actor)) && (await mayExportCase(actor, id))) return reauthenticationRedirect(request);
  const exported = await exportCase(actor, id);
  if (!exported) return new Response("Not found", { status: 404 });
  return new Response(JSON.stringify(exported, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exported.reference}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
