// Server-side sessions and authenticators for tests, made as sign-in would make them.
import { totpSecretContext } from "@/lib/auth/mfa/secret-context";
import { newTotpSecret } from "@/lib/auth/mfa/totp";
import { absoluteLimitMs, idleLimitMs } from "@/lib/auth/session-policy";
import { encryptField } from "@/lib/crypto/field-encryption";
import { db } from "@/tests/support/owner-db";

/** A session of the user: past its second step unless `secondStep: false`. */
export async function createSession(
  userId: string,
  options: { secondStep?: boolean; reauthenticated?: boolean; now?: Date } = {},
): Promise<{ sessionId: string; userId: string }> {
  const now = options.now ?? new Date();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const session = await db.userSession.create({
    data: {
      userId,
      userSessionVersion: user.sessionVersion,
      createdAt: now,
      lastSeenAt: now,
      idleExpiresAt: new Date(now.getTime() + idleLimitMs),
      absoluteExpiresAt: new Date(now.getTime() + absoluteLimitMs),
      userAgent: "Firefox on Linux",
      clientAddress: "192.0.2.1",
      mfaPassedAt: options.secondStep === false ? null : now,
      reauthenticatedAt: options.reauthenticated ? now : null,
    },
  });
  return { sessionId: session.id, userId };
}

/** Enrols the user with a new authenticator secret (confirmed unless told), returned for codes. */
export async function enrolAuthenticator(userId: string, options: { confirmed?: boolean } = {}): Promise<string> {
  const secret = newTotpSecret();
  await db.totpCredential.create({
    data: { userId, secretCiphertext: encryptField(secret, totpSecretContext(userId)), confirmedAt: options.confirmed === false ? null : new Date() },
  });
  return secret;
}
