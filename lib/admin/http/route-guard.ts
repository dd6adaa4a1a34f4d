// What every admin route handler does first, as a server action would: the caller must be
// signed in with the permission (otherwise 404, as for a page), and a request that changes
// something must come from the portal's own pages (lib/security/same-origin.ts), so another
// site cannot make an admin's browser send it.
import "server-only";
import { currentActor, type Actor } from "@/lib/auth/actor";
import { hasPermission, type Permission } from "@/lib/auth/roles";
import { checkSameOrigin, trustsProxyHeaders } from "@/lib/security/same-origin";

export function jsonError(status: number, message: string): Response {
  return Response.json({ ok: false, message }, { status });
}

function fromOwnPages(request: Request): boolean {
  return checkSameOrigin(request.method, request.headers, { trustProxy: trustsProxyHeaders() }).allowed;
}

export async function routeActor(
  request: Request,
  permission: Permission,
  options: { changes: boolean },
): Promise<Actor | Response> {
  const actor = await currentActor();
  if (!actor || !hasPermission(actor.roles, permission)) return jsonError(404, "Not found");
  if (options.changes && !fromOwnPages(request)) return jsonError(403, "This request must come from the portal's own pages");
  return actor;
}

/** The request body as text, refusing more than `maxBytes` before reading it all. */
export async function bodyText(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return null;
  const text = await request.text();
  return new TextEncoder().encode(text).length > maxBytes ? null : text;
}
