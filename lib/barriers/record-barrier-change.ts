// Writes a barrier's history entry (who, when, what) and tells the people concerned in the
// same transaction as the change: the person who raised it and its owner always, others as the
// change requires (the previous owner, an action's owner, those responsible at a new level).
import "server-only";
import { responsibleRoleAssignmentsWhere } from "@/lib/access/barrier-responsibility-where";
import type { AccessActor } from "@/lib/access/case-policy";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BarrierEventKind, BarrierStatus, EscalationLevel, NotificationKind } from "@/lib/generated/prisma/enums";

export type BarrierChange = {
  barrierId: string;
  kind: BarrierEventKind;
  fromStatus?: BarrierStatus;
  toStatus?: BarrierStatus;
  fromLevel?: EscalationLevel;
  toLevel?: EscalationLevel;
  note?: string | null;
  details?: Prisma.InputJsonValue;
  /** More people to tell besides the raiser and the owner. */
  alsoNotify?: (string | null | undefined)[];
  /** Tell everyone responsible for the barrier at its level now (it has just arrived there). */
  notifyResponsible?: boolean;
};

async function responsibleUserIds(tx: Tx, barrier: { escalationLevel: EscalationLevel; neighbourhoodId: string | null; localityId: string }) {
  const assignments = await tx.roleAssignment.findMany({
    where: {
      AND: [
        responsibleRoleAssignmentsWhere({ level: barrier.escalationLevel, neighbourhoodId: barrier.neighbourhoodId, localityId: barrier.localityId }),
        { user: { deactivatedAt: null, organisation: { status: "ACTIVE" } } },
      ],
    },
    select: { userId: true },
  });
  return assignments.map((a) => a.userId);
}

export async function recordBarrierChange(tx: Tx, actor: AccessActor, change: BarrierChange): Promise<void> {
  await tx.barrierEvent.create({
    data: {
      barrierId: change.barrierId,
      kind: change.kind,
      actorId: actor.userId,
      actorOrganisationId: actor.organisation.id,
      fromStatus: change.fromStatus ?? null,
      toStatus: change.toStatus ?? null,
      fromLevel: change.fromLevel ?? null,
      toLevel: change.toLevel ?? null,
      note: change.note ?? null,
      ...(change.details === undefined ? {} : { details: change.details }),
    },
  });
  const barrier = await tx.barrier.findUniqueOrThrow({
    where: { id: change.barrierId },
    select: { raisedById: true, ownerId: true, escalationLevel: true, neighbourhoodId: true, localityId: true },
  });
  const recipients = new Set<string>([barrier.raisedById, ...[barrier.ownerId, ...(change.alsoNotify ?? [])].filter((id): id is string => Boolean(id))]);
  if (change.notifyResponsible) for (const id of await responsibleUserIds(tx, barrier)) recipients.add(id);
  recipients.delete(actor.userId);
  if (recipients.size === 0) return;
  const kind = `BARRIER_${change.kind}` as NotificationKind;
  await tx.notification.createMany({ data: [...recipients].map((userId) => ({ kind, userId, barrierId: change.barrierId })) });
}
