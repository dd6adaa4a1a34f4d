// Issues a new set-password link inside the caller's transaction (revoking any earlier unused
// link, so only the newest works) and puts it in the outbox addressed to the user. The link is
// never returned: nobody but the user ever sees it, the admin who asked for it included.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { setPasswordMail } from "@/lib/mail/messages";
import { queueMail } from "@/lib/mail/queue-mail";
import { newPasswordToken, setPasswordPath, type PasswordLinkPurpose } from "../password-tokens";

export async function emailPasswordLink(
  tx: Tx,
  user: { id: string; name: string; email: string },
  purpose: PasswordLinkPurpose,
): Promise<{ expiresAt: Date }> {
  await tx.passwordSetToken.deleteMany({ where: { userId: user.id, usedAt: null } });
  const { token, tokenHash, expiresAt } = newPasswordToken(purpose);
  await tx.passwordSetToken.create({ data: { userId: user.id, tokenHash, expiresAt } });
  await queueMail(tx, { to: user.email, ...setPasswordMail(purpose, user.name, setPasswordPath(token), expiresAt) });
  return { expiresAt };
}
