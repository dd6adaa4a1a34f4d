// Marks the signed-in user's unread barrier notifications as read (their own, nobody else's).
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { asActor } from "@/lib/db/access-context";

export async function markBarrierNotificationsRead(actor: AccessActor): Promise<{ ok: true; count: number }> {
  return asActor(actor, async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.userId, barrierId: { not: null }, readAt: null },
      data: { readAt: new Date() },
    });
    await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "barrier.notificationsRead", recordType: "User", recordId: actor.userId, details: { count } });
    return { ok: true as const, count };
  });
}
