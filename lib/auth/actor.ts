// The signed-in user as every page and server action sees them. The Auth.js cookie carries only
// a session id: each request reads the session row and the user (lib/auth/session-state.ts), so
// signing out, "sign out everywhere", deactivation, a suspended organisation, a password or role
// change, the idle limit and the absolute limit all end the session at once.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { hasPermission, type Permission } from "./roles";
import { sessionState, type Actor, type SecondStepSession, type SessionState } from "./session-state";

export { actorFromSession, sessionState } from "./session-state";
export type { Actor, RoleScope, SecondStepSession, SessionClaims, SessionState } from "./session-state";

export const currentSessionState = cache(async (): Promise<SessionState> => {
  const session = await auth();
  return sessionState(session ? { sessionId: session.sessionId, userId: session.userId } : null);
});

export const currentActor = cache(async (): Promise<Actor | null> => {
  const state = await currentSessionState();
  return state.stage === "complete" ? state.actor : null;
});

/**
 * The signed-in actor, or a redirect: to sign-in, or to the second step for a session that has
 * only passed its password (it reaches nothing else). With a permission, an actor without it
 * gets the same 404 as a page that does not exist.
 */
export async function requireActor(permission?: Permission): Promise<Actor> {
  const state = await currentSessionState();
  if (state.stage === "second-step") redirect(state.session.enrolled ? "/sign-in/code" : "/sign-in/set-up-authenticator");
  if (state.stage !== "complete") redirect("/sign-in");
  if (permission && !hasPermission(state.actor.roles, permission)) notFound();
  return state.actor;
}

/** For the second-step pages and actions only: the session waiting for its code. */
export async function requireSecondStep(): Promise<SecondStepSession> {
  const state = await currentSessionState();
  if (state.stage === "complete") redirect("/");
  if (state.stage !== "second-step") redirect("/sign-in");
  return state.session;
}
