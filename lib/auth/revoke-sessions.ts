// Ending sessions on the server: the row is marked revoked with why, so a copied cookie is
// refused at its next request. Each revocation is audited by the caller's action, or here.
import "server-only";
import type { Tx } from "@/lib/db/create-client";

/** Ends every open session of a user (password change, deactivation, roles, MFA reset…). */
export async function revokeUserSessions(tx: Tx, userId: string, reason: string, options: { except?: string } = {}): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { userId, revokedAt: null, ...(options.except ? { id: { not: options.except } } : {}) },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  return count;
}

/** Ends one session of a user; false when it was not theirs or had already ended. */
export async function revokeSession(tx: Tx, userId: string, sessionId: string, reason: string): Promise<boolean> {
  const { count } = await tx.userSession.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  return count === 1;
}
