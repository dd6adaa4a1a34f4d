// Signing out on the server: the session row is revoked (and audited), so a copy of the cookie
// taken before sign-out opens nothing afterwards.
import "server-only";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { revokeSession } from "./revoke-sessions";

export async function endSession(claims: { sessionId?: string; userId?: string } | null, reason: string, ipAddress: string | null): Promise<void> {
  const { sessionId, userId } = claims ?? {};
  if (!sessionId || !userId) return;
  await db.$transaction(async (tx) => {
    if (!(await revokeSession(tx, userId, sessionId, reason))) return;
    await writeAuditEvent(tx, { actor: { userId, organisationId: null, roles: [] }, action: "auth.session.end", recordType: "UserSession", recordId: sessionId, reasons: [reason], ipAddress });
  });
}
