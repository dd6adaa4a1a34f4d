// "Barriers I own or raised": what is waiting for the actor to accept (they are responsible at
// its level), what they own, what they raised (closed ones too, so they see the outcome), the
// barrier actions given to them, and their unread barrier notifications.
import "server-only";
import { loadBarrierResponsibility } from "@/lib/access/barrier-responsibility";
import { barriersInResponsibilityWhere } from "@/lib/access/barrier-responsibility-where";
import type { AccessActor } from "@/lib/access/case-policy";
import { db } from "@/lib/db";
import { asActor } from "@/lib/db/access-context";
import { londonTodayDate } from "@/lib/domain/barrier-review";
import { barrierRowOf, barrierRowSelect } from "./barrier-row";
import { formatBarrierReference } from "./labels";

const listed = 20;
const open = { status: { in: ["RAISED" as const, "ACCEPTED" as const, "IN_ACTION" as const] } };

export async function getMyBarriers(actor: AccessActor) {
  const responsibility = await loadBarrierResponsibility(db, actor.userId);
  const closedSince = new Date(Date.now() - 90 * 86_400_000);
  const [waiting, owned, raised, actions, notifications] = await Promise.all([
    db.barrier.findMany({ where: { AND: [barriersInResponsibilityWhere(responsibility), { status: "RAISED" }] }, orderBy: { raisedAt: "asc" }, take: listed, select: barrierRowSelect }),
    db.barrier.findMany({ where: { ownerId: actor.userId, ...open }, orderBy: { reviewBy: "asc" }, take: listed, select: barrierRowSelect }),
    db.barrier.findMany({
      where: { raisedById: actor.userId, OR: [open, { closedAt: { gte: closedSince } }] },
      orderBy: { updatedAt: "desc" },
      take: listed,
      select: barrierRowSelect,
    }),
    db.barrierAction.findMany({
      where: { ownerUserId: actor.userId, status: { in: ["OPEN", "IN_PROGRESS"] } },
      orderBy: { dueOn: "asc" },
      take: listed,
      select: { id: true, description: true, dueOn: true, status: true, barrier: { select: { id: true, number: true, title: true } } },
    }),
    // Notifications are read as their owner (row security shows a user only their own).
    asActor(actor, (tx) =>
      tx.notification.findMany({
        where: { userId: actor.userId, readAt: null, barrierId: { not: null } },
        orderBy: { createdAt: "desc" },
        take: listed,
        select: { id: true, kind: true, createdAt: true, barrier: { select: { id: true, number: true, title: true } } },
      }),
    ),
  ]);
  const now = new Date();
  const today = londonTodayDate(now);
  const ref = (b: { id: string; number: number; title: string }) => ({ id: b.id, reference: formatBarrierReference(b.number), title: b.title });
  return {
    waiting: waiting.map((b) => barrierRowOf(b, now)),
    owned: owned.map((b) => barrierRowOf(b, now)),
    raised: raised.map((b) => barrierRowOf(b, now)),
    actions: actions.map((a) => ({ id: a.id, description: a.description, dueOn: a.dueOn, status: a.status, overdue: a.dueOn < today, barrier: ref(a.barrier) })),
    notifications: notifications.flatMap((n) => (n.barrier ? [{ id: n.id, kind: n.kind, at: n.createdAt, barrier: ref(n.barrier) }] : [])),
  };
}

export type MyBarriers = Awaited<ReturnType<typeof getMyBarriers>>;
