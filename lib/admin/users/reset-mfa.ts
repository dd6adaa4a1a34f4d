// An admin's "Reset MFA" for someone who has lost their authenticator app and recovery codes:
// the app and codes are removed, every session ends, the user is told by email, and they set up
// a new app at their next sign-in (after their password). Needs the admin's recent
// re-authentication; refused for a week after an admin changed the user's email address.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { isRecentlyAuthenticated, reauthenticationNeeded } from "@/lib/auth/reauthentication";
import { revokeUserSessions } from "@/lib/auth/revoke-sessions";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { deliverSoon } from "@/lib/mail/deliver-outbox";
import { authenticatorResetMail } from "@/lib/mail/messages";
import { queueMail } from "@/lib/mail/queue-mail";
import { assertPermitted } from "../permission";
import { userIdSchema, type UserIdInput } from "./schemas";
import { adminResetHeldUntil, heldMessage } from "./takeover-guard";
import { formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";

export async function resetMfa(actor: Actor, input: UserIdInput): Promise<CommandResult<UserIdInput, { id: string }>> {
  assertPermitted(actor);
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { id } = parsed.data;
  const denied = async (reason: string) =>
    writeAuditEvent(db, { actor: auditActorOf(actor), action: "admin.user.reset-mfa", outcome: "DENIED", recordType: "User", recordId: id, reasons: [reason] });

  if (!(await isRecentlyAuthenticated(actor))) {
    await denied("no recent re-authentication");
    return formFailure(input, reauthenticationNeeded);
  }
  if (id === actor.userId) return formFailure(input, "You cannot reset your own authenticator app here: use your recovery codes, or ask another admin");
  const user = await db.user.findUnique({ where: { id }, select: { name: true, email: true, emailChangedAt: true } });
  if (!user) return formFailure(input, "This user no longer exists");
  const heldUntil = adminResetHeldUntil(user.emailChangedAt, new Date());
  if (heldUntil) {
    await denied("email address changed in the last 7 days");
    return formFailure(input, heldMessage(heldUntil, "authenticator app"));
  }

  await db.$transaction(async (tx) => {
    const removed = await tx.totpCredential.deleteMany({ where: { userId: id } });
    await tx.recoveryCode.deleteMany({ where: { userId: id } });
    const sessionsEnded = await revokeUserSessions(tx, id, "authenticator app reset by an admin");
    await queueMail(tx, { to: user.email, ...authenticatorResetMail(user.name) });
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "admin.user.reset-mfa",
      recordType: "User",
      recordId: id,
      reasons: ["lost authenticator app"],
      details: { hadAuthenticator: removed.count > 0, sessionsEnded },
    });
  });
  deliverSoon();
  return { ok: true, id };
}
