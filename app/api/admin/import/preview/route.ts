// Checks an import file and answers with every row's problems (or that it is ready); writes nothing.
import { jsonError, routeActor } from "@/lib/admin/http/route-guard";
import { previewImport } from "@/lib/admin/import/run-import";
import { readImportRequest } from "@/lib/admin/import/import-request";

export async function POST(request: Request) {
  const actor = await routeActor(request, "admin.manage", { changes: true });
  if (actor instanceof Response) return actor;
  const body = await readImportRequest(request);
  if ("error" in body) return jsonError(body.status, body.error);
  return Response.json(await previewImport(actor, body.kind, body.csv));
}
