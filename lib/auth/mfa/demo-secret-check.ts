// Counts active users enrolled with the public demo authenticator secret (startup check). Each
// secret is encrypted with its own context, so they are decrypted to compare; a few hundred
// users take milliseconds.
import { decryptField } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { totpSecretContext } from "./secret-context";
import { demoTotpSecret } from "./demo-totp-secret";

export async function activeUsersWithDemoSecret(): Promise<number> {
  const credentials = await db.totpCredential.findMany({
    where: { user: { deactivatedAt: null } },
    select: { userId: true, secretCiphertext: true },
  });
  return credentials.filter((c) => decryptField(c.secretCiphertext, totpSecretContext(c.userId)) === demoTotpSecret).length;
}
