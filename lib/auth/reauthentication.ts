// Re-authentication: password and authenticator code again, valid for a few minutes and recorded
// on the session, before every export of personal data and before changing roles or MFA. One
// function for every such place: requireRecentAuthentication().
import "server-only";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import { safeReturnPath } from "./return-path";
import { reauthenticationValidMs } from "./session-policy";

export { safeReturnPath };

export function reauthenticatePath(returnTo: string): string {
  return `/re-authenticate?return=${encodeURIComponent(safeReturnPath(returnTo))}`;
}

export async function isRecentlyAuthenticated(actor: Actor, now = new Date()): Promise<boolean> {
  if (!actor.sessionId) return false;
  const session = await db.userSession.findUnique({ where: { id: actor.sessionId }, select: { userId: true, reauthenticatedAt: true } });
  return Boolean(session && session.userId === actor.userId && session.reauthenticatedAt && now.getTime() - session.reauthenticatedAt.getTime() < reauthenticationValidMs);
}

/** For pages and route handlers: go and re-authenticate first, then come back to `returnTo`. */
export async function requireRecentAuthentication(actor: Actor, returnTo: string): Promise<void> {
  if (!(await isRecentlyAuthenticated(actor))) redirect(reauthenticatePath(returnTo));
}

export const reauthenticationNeeded = "For your security, confirm your password and a code from your authenticator app again, then make the change.";

/** For route handlers (downloads): a 303 to the re-authentication page that comes back here. */
export function reauthenticationRedirect(request: Request): Response {
  const url = new URL(request.url);
  return new Response(null, { status: 303, headers: { Location: reauthenticatePath(url.pathname + url.search), "Cache-Control": "no-store" } });
}
