// Every demo user who has a password is enrolled with the one public demo authenticator secret
// (lib/auth/mfa/demo-totp-secret.ts, README "Demo sign-ins"), so the demo works out of the box
// and end-to-end tests compute real codes. Production refuses to start with it on a real account.
import { totpSecretContext } from "@/lib/auth/mfa/secret-context";
import { demoTotpSecret } from "@/lib/auth/mfa/demo-totp-secret";
import { encryptField } from "@/lib/crypto/field-encryption";
import type { Prisma } from "@/lib/generated/prisma/client";

export function demoAuthenticatorRows(
  users: readonly Prisma.UserCreateManyInput[],
  now: Date,
): Prisma.TotpCredentialCreateManyInput[] {
  return users.flatMap((u) =>
    u.passwordHash && typeof u.id === "string" ? [{ userId: u.id, secretCiphertext: encryptField(demoTotpSecret, totpSecretContext(u.id)), confirmedAt: now }] : [],
  );
}
