// Whether a server-side session may still be used, as a pure function (tested alone): the
// reason it has ended, or null while it is good.
import type { OrganisationStatus } from "@/lib/generated/prisma/enums";
import { absoluteLimitMs, secondStepLimitMs } from "./session-policy";

export type SessionFacts = {
  createdAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
  mfaPassedAt: Date | null;
  userSessionVersion: number;
  user: { deactivatedAt: Date | null; sessionVersion: number; organisationStatus: OrganisationStatus };
};

export function sessionEndReason(session: SessionFacts, now: Date): string | null {
  if (session.revokedAt) return session.revokedReason ?? "revoked";
  if (session.user.deactivatedAt) return "user deactivated";
  if (session.user.organisationStatus !== "ACTIVE") return `organisation ${session.user.organisationStatus.toLowerCase()}`;
  if (session.user.sessionVersion !== session.userSessionVersion) return "password, roles or organisation changed";
  const absoluteEnd = Math.min(session.absoluteExpiresAt.getTime(), session.createdAt.getTime() + absoluteLimitMs);
  if (now.getTime() >= absoluteEnd) return "absolute limit reached";
  if (!session.mfaPassedAt && now.getTime() >= session.createdAt.getTime() + secondStepLimitMs) return "second step not completed in time";
  if (now.getTime() >= session.idleExpiresAt.getTime()) return "idle limit reached";
  return null;
}

/** The idle expiry after activity now: the idle limit from now, never past the absolute limit. */
export function idleExpiryAfter(now: Date, absoluteExpiresAt: Date, idleMs: number): Date {
  return new Date(Math.min(now.getTime() + idleMs, absoluteExpiresAt.getTime()));
}
