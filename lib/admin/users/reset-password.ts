// Resetting a password: the old one stops working at once (it may be known to someone else),
// open sessions end, and a new one-time link is emailed to the user — never shown to the admin.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { revokeUserSessions } from "@/lib/auth/revoke-sessions";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { deliverSoon } from "@/lib/mail/deliver-outbox";
import { formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { assertPermitted } from "../permission";
import { emailPasswordLink } from "./email-password-link";
import { userIdSchema, type UserIdInput } from "./schemas";
import { adminResetHeldUntil, heldMessage } from "./takeover-guard";

export async function resetPassword(
  actor: Actor,
  input: UserIdInput,
): Promise<CommandResult<UserIdInput, { id: string; name: string; email: string; expiresAt: Date }>> {
  assertPermitted(actor);
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { id } = parsed.data;

  const outcome = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { id: true, name: true, email: true, deactivatedAt: true, emailChangedAt: true } });
    if (!user || user.deactivatedAt) return { refused: "Only an active user's password can be reset: reactivate them first" };
    const heldUntil = adminResetHeldUntil(user.emailChangedAt, new Date());
    if (heldUntil) {
      await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "admin.user.reset-password", outcome: "DENIED", recordType: "User", recordId: id, reasons: ["email address changed in the last 7 days"] });
      return { refused: heldMessage(heldUntil, "password") };
    }
    await tx.user.update({ where: { id }, data: { passwordHash: null, sessionVersion: { increment: 1 } } });
    const sessionsEnded = await revokeUserSessions(tx, id, "password reset by an admin");
    const issued = await emailPasswordLink(tx, user, "reset");
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "admin.user.reset-password",
      recordType: "User",
      recordId: id,
      details: { passwordLinkEmailed: true, sessionsEnded },
    });
    return { user, expiresAt: issued.expiresAt };
  });
  if ("refused" in outcome) return formFailure(input, outcome.refused ?? "");
  deliverSoon();
  return { ok: true, id, name: outcome.user.name, email: outcome.user.email, expiresAt: outcome.expiresAt };
}
