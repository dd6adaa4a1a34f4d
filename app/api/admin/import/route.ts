// Runs an import, all or nothing, streaming its progress as newline-delimited JSON:
// {"type":"progress","done":250,"total":4000} … then {"type":"done",…} or {"type":"failed",…}.
// A route handler, so the browser can read the stream (and files can exceed a server action's 1 MB).
import { jsonError, routeActor } from "@/lib/admin/http/route-guard";
import { runImport } from "@/lib/admin/import/run-import";
import { readImportRequest } from "@/lib/admin/import/import-request";

export async function POST(request: Request) {
  const actor = await routeActor(request, "admin.manage", { changes: true });
  if (actor instanceof Response) return actor;
  const body = await readImportRequest(request);
  if ("error" in body) return jsonError(body.status, body.error);

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: object) => controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`));
      try {
        const outcome = await runImport(actor, body.kind, body.csv, (done, total) => send({ type: "progress", done, total }));
        send(outcome.ok ? { type: "done", created: outcome.created, passwordLinksEmailed: outcome.passwordLinksEmailed } : { type: "failed", errors: outcome.errors });
      } catch (error) {
        console.error("Import failed", error);
        send({ type: "failed", errors: [{ row: 0, column: null, message: "The import failed, so nothing was imported. Try again." }] });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no" },
  });
}
