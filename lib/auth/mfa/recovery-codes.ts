// Ten one-time recovery codes, for when the authenticator app is lost. 16 characters from a
// 32-letter alphabet (80 random bits) make a plain SHA-256 hash safe to store: unlike a password
// there is nothing to guess. Each works once (marked used in the same statement that checks it).
import "server-only";
import { createHash, randomInt } from "node:crypto";
import type { Tx } from "@/lib/db/create-client";

export const recoveryCodeCount = 10;
const alphabet = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford's base32: no i, l, o, u

function hashOf(normalised: string): string {
  return createHash("sha256").update(`recovery:${normalised}`, "utf8").digest("hex");
}

/** Lower case, no spaces or hyphens, and the letters people confuse with digits mapped. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, "").replace(/o/g, "0").replace(/[il]/g, "1");
}

function newCode(): string {
  const raw = Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join("");
  return raw.replace(/(.{4})(?=.)/g, "$1-");
}

/** Replaces the user's recovery codes with ten new ones, returned once to be shown. */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: recoveryCodeCount }, newCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashOf(normaliseRecoveryCode(code)) })) });
  return codes;
}

/** Uses up a recovery code: true once, false for a wrong or used one. */
export async function useRecoveryCode(tx: Tx, userId: string, code: string): Promise<boolean> {
  const normalised = normaliseRecoveryCode(code);
  if (normalised.length !== 16) return false;
  const { count } = await tx.recoveryCode.updateMany({ where: { userId, codeHash: hashOf(normalised), usedAt: null }, data: { usedAt: new Date() } });
  return count === 1;
}

export async function unusedRecoveryCodes(tx: Tx, userId: string): Promise<number> {
  return tx.recoveryCode.count({ where: { userId, usedAt: null } });
}
