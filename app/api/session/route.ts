// GET /api/session — when the signed-in session will end if left idle, for the timeout warning.
// Reading it does not count as activity, so a page left open cannot keep a session alive.
import { auth } from "@/lib/auth/auth";
import { sessionState } from "@/lib/auth/actor";

export async function GET() {
  const session = await auth();
  const state = await sessionState(session ? { sessionId: session.sessionId, userId: session.userId } : null, { touch: false });
  const body = state.stage === "complete" ? { signedIn: true, idleExpiresAt: state.idleExpiresAt.toISOString(), now: new Date().toISOString() } : { signedIn: false };
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
}
