// TOTP (RFC 6238) as authenticator apps expect it: SHA-1, 6 digits, 30-second steps, through the
// otpauth library. A code is accepted for the step before, the current one and the one after
// (clock drift); the caller refuses any step at or before the last one accepted (replay).
import { Secret, TOTP } from "otpauth";

export const totpPeriodSeconds = 30;
const issuer = "Golden Thread";

function totp(secret: string, label = "Golden Thread"): TOTP {
  return new TOTP({ issuer, label, algorithm: "SHA1", digits: 6, period: totpPeriodSeconds, secret: Secret.fromBase32(secret) });
}

/** A new random secret (160 bits, RFC 4226's recommended length), in base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function otpauthUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

export function stepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / totpPeriodSeconds);
}

/** The secret in groups of four, for typing into an app by hand. */
export function typedKey(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

/** Digits only: people type "123 456" or "123-456". */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, "");
}

/** The time step a code belongs to (within one step of now), or null when it matches none. */
export function matchingStep(secret: string, code: string, now: Date): number | null {
  const token = normaliseCode(code);
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : stepAt(now) + delta;
}

export function codeForStep(secret: string, step: number): string {
  return totp(secret).generate({ timestamp: step * totpPeriodSeconds * 1000 });
}
