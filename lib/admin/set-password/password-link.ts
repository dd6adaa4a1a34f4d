// Using a one-time set-password link: the page looks the link up without signing anyone in, and
// setting the password marks the link used, in the same transaction, so it works only once.
import "server-only";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { hashPassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/revoke-sessions";
import { db } from "@/lib/db";
import { fieldFailure, formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { hashPasswordToken } from "../password-tokens";
import { setPasswordSchema, type SetPasswordInput, type SetPasswordValues } from "./schemas";

export const linkNotWorking =
  "This link has expired or has already been used. Ask your partnership admin for a new one.";

function usableTokenWhere(token: string, now: Date) {
  return { tokenHash: hashPasswordToken(token), usedAt: null, expiresAt: { gt: now } };
}

/** The person a working link is for (to greet them), or null for an unknown, used or expired link. */
export async function findPasswordLink(token: string): Promise<{ name: string; email: string } | null> {
  if (token.length === 0 || token.length > 200) return null;
  const found = await db.passwordSetToken.findFirst({
    where: { ...usableTokenWhere(token, new Date()), user: { deactivatedAt: null } },
    select: { user: { select: { name: true, email: true } } },
  });
  return found?.user ?? null;
}

export async function setPasswordWithLink(input: SetPasswordInput): Promise<CommandResult<SetPasswordValues>> {
  const link = await findPasswordLink(input.token);
  if (!link) return formFailure({}, linkNotWorking);
  const parsed = setPasswordSchema.safeParse({ ...input, email: link.email });
  if (!parsed.success) return invalid(parsed.error, {});
  const passwordHash = await hashPassword(parsed.data.password);

  const done = await db.$transaction(async (tx) => {
    const now = new Date();
    const token = await tx.passwordSetToken.findFirst({
      where: usableTokenWhere(parsed.data.token, now),
      select: { id: true, user: { select: { id: true, organisationId: true, roles: { select: { role: true } } } } },
    });
    if (!token) return false;
    // Marking it used only while still unused stops two submissions racing through.
    const { count } = await tx.passwordSetToken.updateMany({ where: { id: token.id, usedAt: null }, data: { usedAt: now } });
    if (count === 0) return false;
    await tx.user.update({
      where: { id: token.user.id },
      data: { passwordHash, passwordChangedAt: now, sessionVersion: { increment: 1 } },
    });
    await revokeUserSessions(tx, token.user.id, "password changed");
    await writeAuditEvent(tx, {
      actor: { userId: token.user.id, organisationId: token.user.organisationId, roles: token.user.roles.map((r) => r.role) },
      action: "auth.password-set",
      recordType: "User",
      recordId: token.user.id,
      reasons: ["one-time set-password link"],
    });
    return true;
  });
  return done ? { ok: true } : fieldFailure({}, "password", linkNotWorking);
}
