// Sign-in throttling: too many recent failures for one email address (whether or not an
// account has it) or from one network address refuse further attempts for a while.
import "server-only";
import type { Tx } from "@/lib/db/create-client";

export const throttleWindowMinutes = 15;
export const maxFailuresPerAccount = 5;
export const maxFailuresPerAddress = 20;

export async function isSignInThrottled(client: Tx, email: string, ipAddress: string) {
  const since = new Date(Date.now() - throttleWindowMinutes * 60_000);
  const [byAccount, byAddress] = await Promise.all([
    client.signInAttempt.count({ where: { email, succeeded: false, at: { gte: since } } }),
    client.signInAttempt.count({ where: { ipAddress, succeeded: false, at: { gte: since } } }),
  ]);
  return byAccount >= maxFailuresPerAccount || byAddress >= maxFailuresPerAddress;
}
