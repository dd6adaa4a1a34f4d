// How long sessions and their steps last, in one place (reasoning in lib/auth/README.md).
/** A session unused this long ends (NCSC and NHS DSPT: short idle limits for sensitive data). */
export const idleLimitMs = 30 * 60_000;
/** However active, a session ends this long after sign-in. */
export const absoluteLimitMs = 12 * 60 * 60_000;
/** After the password, the second step must be completed within this time. */
export const secondStepLimitMs = 10 * 60_000;
/** "Last seen" is written at most this often, not on every request. */
export const lastSeenGranularityMs = 60_000;
/** The warning before the idle limit, as GOV.UK services give it. */
export const idleWarningMs = 5 * 60_000;
/** A re-authentication (password and code) covers sensitive steps for this long. */
export const reauthenticationValidMs = 5 * 60_000;
