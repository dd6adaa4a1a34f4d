// Checking the password and an authenticator code again for a signed-in user, throttled with
// the second-factor attempts, audited, and recorded on the session.
import "server-only";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import type { FieldErrors } from "@/lib/forms/form-state";
import type { Actor } from "./actor";
import { checkTotp } from "./mfa/check-totp";
import { codeMessages, tooManyAttempts } from "./mfa/messages";
import { recordVerification, verificationRetryAt } from "./mfa/verification-throttle";
import { verifyPassword } from "./password";

export type ReauthenticationResult = { ok: true } | { ok: false; fieldErrors: FieldErrors; formError?: string };

export async function reauthenticate(actor: Actor, input: { password: string; code: string }, ipAddress: string, now = new Date()): Promise<ReauthenticationResult> {
  const fieldErrors: FieldErrors = {};
  if (input.password === "") fieldErrors.password = ["Enter your password"];
  if (input.code.trim() === "") fieldErrors.code = [codeMessages.missing];
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  if (!actor.sessionId) return { ok: false, fieldErrors: {}, formError: "Sign in again" };

  const retryAt = await verificationRetryAt(db, actor.userId, now);
  if (retryAt) {
    await writeAuditEvent(db, { actor: auditActorOf(actor), action: "auth.reauthenticate", outcome: "DENIED", recordType: "User", recordId: actor.userId, reasons: ["throttled: too many wrong attempts"], ipAddress });
    return { ok: false, fieldErrors: {}, formError: tooManyAttempts(retryAt, now) };
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
  const passwordOk = user.passwordHash !== null && (await verifyPassword(user.passwordHash, input.password.slice(0, 1024)));

  return db.$transaction(async (tx): Promise<ReauthenticationResult> => {
    // The code is checked (and so used up) only with the right password, so a wrong password
    // cannot burn a code.
    const code = passwordOk ? await checkTotp(tx, actor.userId, input.code, now) : "not checked";
    const accepted = passwordOk && code === "accepted";
    await recordVerification(tx, actor.userId, "reauthenticate", accepted);
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "auth.reauthenticate",
      outcome: accepted ? "ALLOWED" : "DENIED",
      recordType: "User",
      recordId: actor.userId,
      reasons: [accepted ? "password and authenticator code verified" : !passwordOk ? "wrong password" : `totp: ${code}`],
      ipAddress,
    });
    if (!passwordOk) return { ok: false, fieldErrors: { password: [codeMessages.passwordWrong] } };
    if (!accepted) return { ok: false, fieldErrors: { code: [code === "reused" ? codeMessages.reused : codeMessages.wrong] } };
    await tx.userSession.update({ where: { id: actor.sessionId }, data: { reauthenticatedAt: now } });
    return { ok: true };
  });
}
