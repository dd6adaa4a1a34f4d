// Checks a user's authenticator code. A code is accepted once: the step it belongs to must be
// later than the last step accepted, and the update that records it says so in its WHERE, so
// two submissions of one code race to one success.
import "server-only";
import { decryptField } from "@/lib/crypto/field-encryption";
import type { Tx } from "@/lib/db/create-client";
import { totpSecretContext } from "./secret-context";
import { matchingStep } from "./totp";

export type TotpCheck = "accepted" | "wrong" | "reused" | "not-enrolled";

export async function checkTotp(tx: Tx, userId: string, code: string, now = new Date(), options: { enrolling?: boolean } = {}): Promise<TotpCheck> {
  const credential = await tx.totpCredential.findUnique({ where: { userId }, select: { secretCiphertext: true, confirmedAt: true } });
  if (!credential || (!credential.confirmedAt && !options.enrolling)) return "not-enrolled";
  const step = matchingStep(decryptField(credential.secretCiphertext, totpSecretContext(userId)), code, now);
  if (step === null) return "wrong";
  const { count } = await tx.totpCredential.updateMany({ where: { userId, lastUsedStep: { lt: step } }, data: { lastUsedStep: step } });
  return count === 1 ? "accepted" : "reused";
}
