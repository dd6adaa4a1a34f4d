// The signed-in user's own open sessions, for the account page: device, address, when.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export type MySession = { id: string; device: string; address: string; signedInAt: Date; lastSeenAt: Date; current: boolean };

export async function mySessions(actor: Actor, now = new Date()): Promise<MySession[]> {
  const rows = await db.userSession.findMany({
    where: { userId: actor.userId, revokedAt: null, mfaPassedAt: { not: null }, idleExpiresAt: { gt: now }, absoluteExpiresAt: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, userAgent: true, clientAddress: true, createdAt: true, lastSeenAt: true },
    take: 50,
  });
  return rows
    .map((s) => ({ id: s.id, device: s.userAgent, address: s.clientAddress, signedInAt: s.createdAt, lastSeenAt: s.lastSeenAt, current: s.id === actor.sessionId }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

export type SecuritySummary = { authenticatorSetUpAt: Date | null; unusedRecoveryCodes: number };

export async function mySecuritySummary(actor: Actor): Promise<SecuritySummary> {
  const [credential, unused] = await Promise.all([
    db.totpCredential.findUnique({ where: { userId: actor.userId }, select: { confirmedAt: true } }),
    db.recoveryCode.count({ where: { userId: actor.userId, usedAt: null } }),
  ]);
  return { authenticatorSetUpAt: credential?.confirmedAt ?? null, unusedRecoveryCodes: unused };
}
