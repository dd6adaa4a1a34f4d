// A worker's unread notifications, through the access policy (a notification about a case no
// longer shared with them is not shown), and marking them read.
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import type { AccessActor, AccessGrounds } from "@/lib/access/case-policy";
import type { Tx } from "@/lib/db/create-client";
import { visibleNotificationsWhere } from "@/lib/access/visible-notifications-where";
import { redactedCasesWhere } from "@/lib/access/restricted-records-where";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { asActor } from "@/lib/db/access-context";
import { formatCaseReference } from "@/lib/domain/case-reference";
import type { DeclineReason, NotificationKind } from "@/lib/generated/prisma/enums";

export type NotificationRow = {
  id: string;
  kind: NotificationKind;
  at: Date;
  organisation: string | null;
  declineReason: DeclineReason | null;
  comment: string | null;
  /** `redacted`: a restricted case the user sees as "Restricted record — held by …" (its reference is that). */
  case: { id: string; reference: string; redacted: boolean } | null;
};

export async function listUnreadNotifications(actor: AccessActor, take = 20): Promise<NotificationRow[]> {
  return asActor(actor, async (tx) => readUnreadNotifications(tx, actor, await accessGroundsFor(tx, actor), take));
}

/** The same inside a transaction of the actor's, with their grounds loaded once (My work reads every list in one). */
export async function readUnreadNotifications(tx: Tx, actor: AccessActor, grounds: AccessGrounds, take = 20): Promise<NotificationRow[]> {
  const notifications = await tx.notification.findMany({
    // Barrier notifications are listed with the barriers (lib/barriers), not here.
    where: { AND: [visibleNotificationsWhere(actor, grounds), { readAt: null, barrierId: null }] },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      kind: true,
      createdAt: true,
      referral: { select: { toOrganisation: { select: { name: true } }, declineReason: true, responseComment: true } },
      case: { select: { id: true, number: true, leadOrganisation: { select: { name: true } } } },
      accessRequest: { select: { requester: { select: { name: true, organisation: { select: { name: true } } } } } },
    },
  });
  const caseIds = notifications.flatMap((n) => (n.case ? [n.case.id] : []));
  const redacted = new Set(
    caseIds.length === 0
      ? []
      : (await tx.sharedCase.findMany({ where: { AND: [redactedCasesWhere(actor, grounds), { id: { in: caseIds } }] }, select: { id: true } })).map((c) => c.id),
  );
  return notifications.map((n) => ({
    id: n.id,
    kind: n.kind,
    at: n.createdAt,
    organisation:
      n.referral?.toOrganisation.name ??
      (n.kind === "ACCESS_REQUESTED" && n.accessRequest ? `${n.accessRequest.requester.name} (${n.accessRequest.requester.organisation.name})` : null),
    declineReason: n.referral?.declineReason ?? null,
    comment: n.referral?.responseComment ?? null,
    case: n.case
      ? redacted.has(n.case.id)
        ? { id: n.case.id, reference: `Restricted record — held by ${n.case.leadOrganisation.name}`, redacted: true }
        : { id: n.case.id, reference: formatCaseReference(n.case.number), redacted: false }
      : null,
  }));
}

/** Marks the actor's own notifications read: the ones named, or all of them. */
export async function markNotificationsRead(actor: AccessActor, ids: string[] | "all"): Promise<number> {
  return asActor(actor, async (tx) => {
    // Someone else's notification (or none): nothing is marked, and the trail says it was refused.
    const named = ids === "all" ? [] : [...new Set(ids)];
    if (named.length > (await tx.notification.count({ where: { id: { in: named }, userId: actor.userId } }))) {
      await writeAuditEvent(tx, {
        actor: auditActorOf(actor),
        action: "notification.read",
        outcome: "DENIED",
        recordType: "Notification",
        ...(named.length === 1 ? { recordId: named[0] } : {}),
        reasons: ["not the user's own notification, or no such notification"],
      });
      return 0;
    }
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.userId, readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
      data: { readAt: new Date() },
    });
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "notification.read",
      recordType: "Notification",
      ...(ids !== "all" && ids.length === 1 ? { recordId: ids[0] } : {}),
      reasons: ["the user marked their own notifications read"],
      details: { marked: count, all: ids === "all" },
    });
    return count;
  });
}
