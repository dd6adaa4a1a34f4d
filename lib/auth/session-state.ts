// What a session token stands for, read from the server-side session row and the user on every
// request (lib/auth/session-validity.ts decides): the data half of lib/auth/actor.ts, apart from
// Auth.js so scripts and benchmarks can call it.
import "server-only";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import type { OrganisationType, Role } from "@/lib/generated/prisma/enums";
import { idleLimitMs, lastSeenGranularityMs } from "./session-policy";
import { idleExpiryAfter, sessionEndReason } from "./session-validity";

export type RoleScope = { role: Role; localityId: string | null; neighbourhoodId: string | null };

export type Actor = {
  userId: string;
  name: string;
  email: string;
  organisation: { id: string; name: string; type: OrganisationType };
  roles: Role[];
  scopes: RoleScope[];
  /** The server-side session the request came with (absent for actors built by tests and scripts). */
  sessionId?: string;
};

export type SessionClaims = { sessionId: string; userId: string };

/** A session past its password but not yet its second step: it reaches only the MFA pages. */
export type SecondStepSession = { sessionId: string; userId: string; name: string; email: string; enrolled: boolean };

export type SessionState =
  | { stage: "none" }
  | { stage: "second-step"; session: SecondStepSession }
  | { stage: "complete"; actor: Actor; idleExpiresAt: Date };

const sessionSelect = {
  id: true,
  userId: true,
  createdAt: true,
  lastSeenAt: true,
  idleExpiresAt: true,
  absoluteExpiresAt: true,
  revokedAt: true,
  revokedReason: true,
  mfaPassedAt: true,
  userSessionVersion: true,
  user: {
    select: {
      id: true,
      name: true,
      email: true,
      deactivatedAt: true,
      sessionVersion: true,
      organisation: { select: { id: true, name: true, type: true, status: true } },
      roles: { select: { role: true, localityId: true, neighbourhoodId: true } },
      totpCredential: { select: { confirmedAt: true } },
    },
  },
} as const;

async function endSession(sessionId: string, userId: string, reason: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
    if (count === 1) {
      await writeAuditEvent(tx, { actor: { userId, organisationId: null, roles: [] }, action: "auth.session.end", recordType: "UserSession", recordId: sessionId, reasons: [reason] });
    }
  });
}

/**
 * What a session token stands for now. With `touch`, activity moves the idle expiry on (written
 * at most once a minute); the status endpoint reads without touching, so polling it never keeps
 * a session alive.
 */
export async function sessionState(claims: Partial<SessionClaims> | null | undefined, options: { now?: Date; touch?: boolean } = {}): Promise<SessionState> {
  const now = options.now ?? new Date();
  if (!claims?.sessionId || !claims.userId) return { stage: "none" };
  const session = await db.userSession.findUnique({ where: { id: claims.sessionId }, select: sessionSelect });
  if (!session || session.userId !== claims.userId) return { stage: "none" };
  const { user } = session;
  const ended = sessionEndReason({ ...session, user: { ...user, organisationStatus: user.organisation.status } }, now);
  if (ended) {
    if (!session.revokedAt) await endSession(session.id, user.id, ended);
    return { stage: "none" };
  }
  if (!session.mfaPassedAt) {
    return {
      stage: "second-step",
      session: { sessionId: session.id, userId: user.id, name: user.name, email: user.email, enrolled: Boolean(user.totpCredential?.confirmedAt) },
    };
  }
  let idleExpiresAt = session.idleExpiresAt;
  if (options.touch !== false && now.getTime() - session.lastSeenAt.getTime() >= lastSeenGranularityMs) {
    idleExpiresAt = idleExpiryAfter(now, session.absoluteExpiresAt, idleLimitMs);
    // Only if nobody else touched it meanwhile: concurrent requests write once.
    await db.userSession.updateMany({ where: { id: session.id, lastSeenAt: session.lastSeenAt }, data: { lastSeenAt: now, idleExpiresAt } });
  }
  return {
    stage: "complete",
    idleExpiresAt,
    actor: {
      userId: user.id,
      name: user.name,
      email: user.email,
      organisation: { id: user.organisation.id, name: user.organisation.name, type: user.organisation.type },
      roles: [...new Set(user.roles.map((r) => r.role))],
      scopes: user.roles,
      sessionId: session.id,
    },
  };
}

/** The actor a fully signed-in session stands for, or null (ended, or second step not passed). */
export async function actorFromSession(claims: Partial<SessionClaims>, now = new Date()): Promise<Actor | null> {
  const state = await sessionState(claims, { now });
  return state.stage === "complete" ? state.actor : null;
}
