// Every demo user who has a password is enrolled with the one public demo authenticator secret
// (lib/auth/mfa/demo-totp-secret.ts, README "Demo sign-ins"), so the demo works out of the box
// and end-to-end tests compute real codes. Production refuses to start with it on a real account.
import { totpSecretContext } from "@/lib/auth/mfa/secret-context";
import { demoTotpSecret } from "@/lib/auth/mfa/demo-totp-secret";
import { encryptField } from "@/lib/crypto/field-encryption";
import type { Db } from "@/lib/db/create-client";

export async function enrolDemoAuthenticators(db: Db, now: Date): Promise<number> {
  const users = await db.user.findMany({ where: { passwordHash: { not: null } }, select: { id: true } });
  const { count } = await db.totpCredential.createMany({
    data: users.map((u) => ({ userId: u.id, secretCiphertext: encryptField(demoTotpSecret, totpSecretContext(u.id)), confirmedAt: now })),
    skipDuplicates: true,
  });
  return count;
}
