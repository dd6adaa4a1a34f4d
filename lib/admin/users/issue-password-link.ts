// Issues a new set-password link for a user inside the caller's transaction, revoking any
// earlier link not yet used, so only the newest one works.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { newPasswordToken, setPasswordPath } from "../password-tokens";

export async function issuePasswordLink(tx: Tx, userId: string): Promise<{ path: string; expiresAt: Date }> {
  await tx.passwordSetToken.deleteMany({ where: { userId, usedAt: null } });
  const { token, tokenHash, expiresAt } = newPasswordToken();
  await tx.passwordSetToken.create({ data: { userId, tokenHash, expiresAt } });
  return { path: setPasswordPath(token), expiresAt };
}
