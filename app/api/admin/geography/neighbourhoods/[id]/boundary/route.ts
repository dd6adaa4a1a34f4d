// Uploads a neighbourhood's boundary (GeoJSON as the request body). A route handler rather than
// a server action, because server actions accept at most 1 MB and a boundary may be up to 2 MB.
import { boundaryLimits } from "@/lib/domain/geojson";
import { setNeighbourhoodBoundary } from "@/lib/admin/geography/set-boundary";
import { bodyText, jsonError, routeActor } from "@/lib/admin/http/route-guard";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await routeActor(request, "admin.manage", { changes: true });
  if (actor instanceof Response) return actor;
  const text = await bodyText(request, boundaryLimits.maxBytes);
  if (text === null) return jsonError(413, "The file must be smaller than 2 MB");
  const result = await setNeighbourhoodBoundary(actor, (await params).id, text);
  return Response.json(result, { status: result.ok ? 200 : 422 });
}
