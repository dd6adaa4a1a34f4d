// In-app notifications that the demo referrals would have raised: pending referrals in the
// receiving organisation's inbox, and recent answers to the person who sent them.
import type { NotificationKind, Prisma } from "@/lib/generated/prisma/client";
import { addDays, addMinutes, daysBetween, earliest, type Rng } from "./random";
import type { SeedReferral } from "./referrals";

const RECENT_DAYS = 21;

export function notificationRows(
  rng: Rng,
  now: Date,
  referrals: readonly SeedReferral[],
): Prisma.NotificationCreateManyInput[] {
  const rows: Prisma.NotificationCreateManyInput[] = [];
  const readLater = (from: Date) => (rng.chance(0.6) ? earliest(addMinutes(from, rng.int(10, 2_000)), now) : null);
  for (const r of referrals) {
    const base = { caseId: r.caseId, referralId: r.id };
    if (r.status === "PENDING") {
      rows.push({ id: rng.uuid(), kind: "REFERRAL_RECEIVED", organisationId: r.to.id, createdAt: r.sentAt, ...base });
    } else if (r.status === "WITHDRAWN" && daysBetween(r.sentAt, now) < RECENT_DAYS) {
      rows.push({
        id: rng.uuid(),
        kind: "REFERRAL_WITHDRAWN",
        organisationId: r.to.id,
        createdAt: addDays(r.sentAt, 1),
        readAt: null,
        ...base,
      });
    } else if (r.respondedAt && daysBetween(r.respondedAt, now) < RECENT_DAYS) {
      const kind: NotificationKind = r.status === "ACCEPTED" ? "REFERRAL_ACCEPTED" : "REFERRAL_DECLINED";
      rows.push({
        id: rng.uuid(),
        kind,
        userId: r.sentBy.id,
        createdAt: r.respondedAt,
        readAt: readLater(r.respondedAt),
        ...base,
      });
    }
  }
  return rows;
}
