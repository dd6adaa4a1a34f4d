// Progressive delay instead of lock-out (ASVS 6.3.x / NIST SP 800-63B 5.2.2): after a few
// failures each further attempt waits longer, doubling up to a cap. A lock-out would let anyone
// lock anyone out; a delay slows guessing to a few an hour without stopping the real user.
export const freeFailures = 5;
export const maxDelayMs = 15 * 60_000;

/** How long to wait after the last failure, given the failures in a row so far. */
export function delayAfterFailures(failures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(maxDelayMs, 60_000 * 2 ** (failures - freeFailures));
}

/** Whole minutes to tell the user, never "0 minutes". */
export function minutesUntil(retryAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
}
