// An admin could otherwise take over an account in three steps: change its email address to
// their own, reset its password, reset its MFA. So for a week after an admin changes someone's
// address, admin resets of that account's password and MFA are refused (and the old address is
// told of the change at once). A pure rule, tested alone.
export const emailChangeHoldMs = 7 * 24 * 60 * 60_000;

/** When admin resets are allowed again, or null when they are allowed now. */
export function adminResetHeldUntil(emailChangedAt: Date | null, now: Date): Date | null {
  if (!emailChangedAt) return null;
  const until = new Date(emailChangedAt.getTime() + emailChangeHoldMs);
  return until > now ? until : null;
}

export function heldMessage(until: Date, what: "password" | "authenticator app"): string {
  const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" }).format(until);
  return `This user's email address was changed in the last 7 days, so their ${what} cannot be reset by an admin until ${day}. If they are locked out, ask them to contact their organisation's information governance lead.`;
}
