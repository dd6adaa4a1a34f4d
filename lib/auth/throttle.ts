// Sign-in throttling that cannot be walked round or turned against users (lib/auth/README.md):
// - per account: progressive delay after repeated failures since the last success;
// - per network address (from the trusted-proxy setting, never a raw header): a cap per window;
// - from a device that has signed in to the account before: only that device's own failures
//   count, so an attack from elsewhere never stops the real user.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { delayAfterFailures } from "@/lib/domain/progressive-delay";

export const addressWindowMinutes = 15;
export const maxFailuresPerAddress = 20;
/** Failures older than this are forgotten even without a success. */
const accountMemoryMs = 24 * 60 * 60_000;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAt: Date; reason: string };

type Attempt = { email: string; ipAddress: string; deviceHash: string | null; knownDevice: boolean };

// Attempts from a known device carry its hash; the others have none. Each kind is counted on its
// own, so neither the attacker's failures slow the real user nor the real user's success resets
// the delay the attacker has built up.
async function delayFromFailures(client: Tx, where: { email: string; deviceHash: string | null }, now: Date) {
  const since = new Date(now.getTime() - accountMemoryMs);
  const lastSuccess = await client.signInAttempt.findFirst({
    where: { ...where, succeeded: true, at: { gte: since } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const failures = await client.signInAttempt.findMany({
    where: { ...where, succeeded: false, at: { gte: lastSuccess?.at ?? since } },
    orderBy: { at: "desc" },
    select: { at: true },
    take: 50,
  });
  const delay = delayAfterFailures(failures.length);
  return delay > 0 ? new Date(failures[0].at.getTime() + delay) : null;
}

export async function signInThrottle(client: Tx, attempt: Attempt, now = new Date()): Promise<ThrottleDecision> {
  if (attempt.knownDevice && attempt.deviceHash) {
    const retryAt = await delayFromFailures(client, { email: attempt.email, deviceHash: attempt.deviceHash }, now);
    return retryAt && retryAt > now ? { allowed: false, retryAt, reason: "throttled: failures from this device" } : { allowed: true };
  }
  const accountRetry = await delayFromFailures(client, { email: attempt.email, deviceHash: null }, now);
  if (accountRetry && accountRetry > now) return { allowed: false, retryAt: accountRetry, reason: "throttled: failures on this account" };

  const windowStart = new Date(now.getTime() - addressWindowMinutes * 60_000);
  const recent = await client.signInAttempt.findMany({
    where: { ipAddress: attempt.ipAddress, succeeded: false, at: { gte: windowStart } },
    orderBy: { at: "desc" },
    select: { at: true },
    take: maxFailuresPerAddress,
  });
  if (recent.length >= maxFailuresPerAddress) {
    // Allowed again once the oldest of the last N failures leaves the window.
    const retryAt = new Date(recent[recent.length - 1].at.getTime() + addressWindowMinutes * 60_000);
    return { allowed: false, retryAt, reason: "throttled: failures from this network address" };
  }
  return { allowed: true };
}
