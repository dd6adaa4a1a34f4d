// Throttling of second-factor and re-authentication attempts per user: the same progressive
// delay as passwords (lib/domain/progressive-delay.ts), counted since the last success.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { delayAfterFailures } from "@/lib/domain/progressive-delay";

const memoryMs = 24 * 60 * 60_000;

/** When the user may try again, or null when they may now. */
export async function verificationRetryAt(tx: Tx, userId: string, now = new Date()): Promise<Date | null> {
  const since = new Date(now.getTime() - memoryMs);
  const lastSuccess = await tx.verificationAttempt.findFirst({ where: { userId, succeeded: true, at: { gte: since } }, orderBy: { at: "desc" }, select: { at: true } });
  const failures = await tx.verificationAttempt.findMany({
    where: { userId, succeeded: false, at: { gte: lastSuccess?.at ?? since } },
    orderBy: { at: "desc" },
    select: { at: true },
    take: 50,
  });
  const delay = delayAfterFailures(failures.length);
  if (delay === 0) return null;
  const retryAt = new Date(failures[0].at.getTime() + delay);
  return retryAt > now ? retryAt : null;
}

export async function recordVerification(tx: Tx, userId: string, kind: "totp" | "recovery-code" | "reauthenticate", succeeded: boolean): Promise<void> {
  await tx.verificationAttempt.create({ data: { userId, kind, succeeded } });
}
