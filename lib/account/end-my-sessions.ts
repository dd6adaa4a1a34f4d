// "Sign out" on one of my other sessions, and "Sign out everywhere else": revoked on the server,
// audited, so those devices' cookies open nothing from their next request.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { revokeSession, revokeUserSessions } from "@/lib/auth/revoke-sessions";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";

export async function endMySession(actor: Actor, sessionId: string, ipAddress: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const ended = await revokeSession(tx, actor.userId, sessionId, "signed out from another device");
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "auth.session.end",
      outcome: ended ? "ALLOWED" : "DENIED",
      recordType: "UserSession",
      recordId: sessionId,
      reasons: [ended ? "signed out from another device" : "not an open session of this user"],
      ipAddress,
    });
    return ended;
  });
}

export async function endMyOtherSessions(actor: Actor, ipAddress: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const count = await revokeUserSessions(tx, actor.userId, "signed out everywhere else", actor.sessionId ? { except: actor.sessionId } : {});
    await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "auth.session.end-others", recordType: "User", recordId: actor.userId, reasons: ["signed out everywhere else"], ipAddress, details: { sessionsEnded: count } });
    return count;
  });
}
