// One-time set-password links: a random token sent to the user by email, of which only a
// SHA-256 hash is kept (schema.prisma, PasswordSetToken), so a copy of the database cannot be
// used to set passwords. Short lives: a joiner may read their mail a day later; a reset is
// asked for by someone waiting for it.
import { createHash, randomBytes } from "node:crypto";

export type PasswordLinkPurpose = "joiner" | "reset";

export const passwordLinkLifetimeHours: Record<PasswordLinkPurpose, number> = { joiner: 24, reset: 1 };

export function hashPasswordToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function newPasswordToken(purpose: PasswordLinkPurpose, now: Date = new Date()): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return {
    token,
    tokenHash: hashPasswordToken(token),
    expiresAt: new Date(now.getTime() + passwordLinkLifetimeHours[purpose] * 60 * 60 * 1000),
  };
}

export function setPasswordPath(token: string): string {
  return `/set-password/${token}`;
}
