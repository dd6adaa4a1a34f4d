// Setting up an authenticator app at first sign-in (or after an admin reset): a new secret,
// encrypted at rest, shown as a QR code and as a key to type; confirmed by a first correct code,
// which also issues the ten recovery codes (shown once) and completes the sign-in.
import "server-only";
import QRCode from "qrcode";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { decryptField, encryptField } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import type { SecondStepSession } from "../actor";
import { checkTotp } from "./check-totp";
import { totpSecretContext } from "./secret-context";
import { codeMessages, tooManyAttempts } from "./messages";
import { markSecondStepPassed } from "./pass-second-step";
import { replaceRecoveryCodes } from "./recovery-codes";
import { newTotpSecret, otpauthUri, typedKey } from "./totp";
import { recordVerification, verificationRetryAt } from "./verification-throttle";

export type AuthenticatorSetUp = { qrSvg: string; typedKey: string };

/** The secret to set up (made on first view, kept until confirmed), or null when already set up. */
export async function authenticatorSetUp(session: SecondStepSession): Promise<AuthenticatorSetUp | null> {
  const context = totpSecretContext(session.userId);
  let credential = await db.totpCredential.findUnique({ where: { userId: session.userId }, select: { secretCiphertext: true, confirmedAt: true } });
  if (credential?.confirmedAt) return null;
  if (!credential) {
    // createMany skips a row a parallel request has just made; then read the one that won.
    await db.totpCredential.createMany({ data: [{ userId: session.userId, secretCiphertext: encryptField(newTotpSecret(), context) }], skipDuplicates: true });
    credential = await db.totpCredential.findUniqueOrThrow({ where: { userId: session.userId }, select: { secretCiphertext: true, confirmedAt: true } });
  }
  const secret = decryptField(credential.secretCiphertext, context);
  const qrSvg = await QRCode.toString(otpauthUri(secret, session.email), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { qrSvg, typedKey: typedKey(secret) };
}

export type EnrolmentResult = { ok: true; recoveryCodes: string[] } | { ok: false; error: string };

export async function confirmEnrolment(session: SecondStepSession, code: string, ipAddress: string, now = new Date()): Promise<EnrolmentResult> {
  if (code.trim() === "") return { ok: false, error: codeMessages.missing };
  const actor = { userId: session.userId, organisationId: null, roles: [] };
  const retryAt = await verificationRetryAt(db, session.userId, now);
  if (retryAt) {
    await writeAuditEvent(db, { actor, action: "auth.mfa.enrol", outcome: "DENIED", recordType: "User", recordId: session.userId, reasons: ["throttled: too many wrong codes"], ipAddress });
    return { ok: false, error: tooManyAttempts(retryAt, now) };
  }
  return db.$transaction(async (tx): Promise<EnrolmentResult> => {
    const outcome = await checkTotp(tx, session.userId, code, now, { enrolling: true });
    const accepted = outcome === "accepted";
    await recordVerification(tx, session.userId, "totp", accepted);
    await writeAuditEvent(tx, {
      actor,
      action: "auth.mfa.enrol",
      outcome: accepted ? "ALLOWED" : "DENIED",
      recordType: "User",
      recordId: session.userId,
      reasons: [accepted ? "authenticator app set up" : `totp: ${outcome}`],
      ipAddress,
      ...(accepted ? { details: { recoveryCodesIssued: 10 } } : {}),
    });
    if (!accepted) return { ok: false, error: outcome === "reused" ? codeMessages.reused : codeMessages.wrong };
    const confirmed = await tx.totpCredential.updateMany({ where: { userId: session.userId, confirmedAt: null }, data: { confirmedAt: now } });
    if (confirmed.count === 0) return { ok: false, error: "Your authenticator app is already set up: sign in with a code from it" };
    const recoveryCodes = await replaceRecoveryCodes(tx, session.userId);
    await markSecondStepPassed(tx, session.sessionId, now);
    await tx.user.update({ where: { id: session.userId }, data: { lastSignInAt: now } });
    return { ok: true, recoveryCodes };
  });
}
