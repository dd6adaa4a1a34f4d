// The second step of signing in: an authenticator code, or one of the recovery codes. Throttled
// per user, audited with the outcome it really had, and on success the session reaches the portal.
import "server-only";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/create-client";
import type { SecondStepSession } from "../actor";
import { idleLimitMs } from "../session-policy";
import { checkTotp } from "./check-totp";
import { codeMessages, tooManyAttempts } from "./messages";
import { useRecoveryCode } from "./recovery-codes";
import { recordVerification, verificationRetryAt } from "./verification-throttle";

export type StepResult = { ok: true } | { ok: false; error: string };
export type SecondFactor = { method: "totp" | "recovery-code"; code: string };

const actorOf = (session: SecondStepSession) => ({ userId: session.userId, organisationId: null, roles: [] });

/** Marks the session as past its second step: from now on it reaches the portal. */
export async function markSecondStepPassed(tx: Tx, sessionId: string, now: Date): Promise<void> {
  await tx.userSession.update({
    where: { id: sessionId },
    data: { mfaPassedAt: now, lastSeenAt: now, idleExpiresAt: new Date(now.getTime() + idleLimitMs) },
  });
}

export async function passSecondStep(session: SecondStepSession, factor: SecondFactor, ipAddress: string, now = new Date()): Promise<StepResult> {
  if (factor.code.trim() === "") return { ok: false, error: factor.method === "totp" ? codeMessages.missing : codeMessages.recoveryMissing };
  const retryAt = await verificationRetryAt(db, session.userId, now);
  if (retryAt) {
    await writeAuditEvent(db, { actor: actorOf(session), action: "auth.mfa", outcome: "DENIED", recordType: "User", recordId: session.userId, reasons: ["throttled: too many wrong codes"], ipAddress });
    return { ok: false, error: tooManyAttempts(retryAt, now) };
  }
  return db.$transaction(async (tx): Promise<StepResult> => {
    const outcome =
      factor.method === "totp"
        ? await checkTotp(tx, session.userId, factor.code, now)
        : (await useRecoveryCode(tx, session.userId, factor.code))
          ? "accepted"
          : "wrong";
    const accepted = outcome === "accepted";
    await recordVerification(tx, session.userId, factor.method, accepted);
    await writeAuditEvent(tx, {
      actor: actorOf(session),
      action: "auth.mfa",
      outcome: accepted ? "ALLOWED" : "DENIED",
      recordType: "User",
      recordId: session.userId,
      reasons: [accepted ? `${factor.method === "totp" ? "authenticator code" : "recovery code"} accepted` : `${factor.method}: ${outcome}`],
      ipAddress,
    });
    if (!accepted) {
      if (factor.method === "recovery-code") return { ok: false, error: codeMessages.recoveryWrong };
      return { ok: false, error: outcome === "reused" ? codeMessages.reused : codeMessages.wrong };
    }
    await markSecondStepPassed(tx, session.sessionId, now);
    await tx.user.update({ where: { id: session.userId }, data: { lastSignInAt: now } });
    return { ok: true };
  });
}
