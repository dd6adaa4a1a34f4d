// One-time set-password links: a random token shown once, of which only a SHA-256 hash is kept
// (schema.prisma, PasswordSetToken), so a copy of the database cannot be used to set passwords.
import { createHash, randomBytes } from "node:crypto";

export const passwordLinkLifetimeHours = 72;

export function hashPasswordToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function newPasswordToken(now: Date = new Date()): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return {
    token,
    tokenHash: hashPasswordToken(token),
    expiresAt: new Date(now.getTime() + passwordLinkLifetimeHours * 60 * 60 * 1000),
  };
}

export function setPasswordPath(token: string): string {
  return `/set-password/${token}`;
}
