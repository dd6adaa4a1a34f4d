// "My work": a frontline worker's day in one place. Everything listed comes through the access
// policy's filters; the list read itself is audited (counts only).
import "server-only";
import { agreementsInForceFor } from "@/lib/access/agreements-in-force";
import type { AccessActor } from "@/lib/access/case-policy";
import { visibleCasesWhere } from "@/lib/access/visible-cases-where";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { startOfUtcDay } from "@/lib/domain/dates";

const recentDays = 14;

export async function getMyWork(actor: AccessActor) {
  const agreements = await agreementsInForceFor(db, actor.organisation.id);
  const visible = visibleCasesWhere(actor, agreements);
  const since = new Date(Date.now() - recentDays * 86_400_000);
  const ref = (c: { id: string; number: number }) => ({ id: c.id, reference: formatCaseReference(c.number) });

  const [actions, inbox, activity, notifications, transfers] = await Promise.all([
    db.caseAction.findMany({
      where: {
        status: { in: ["OPEN", "IN_PROGRESS"] },
        OR: [{ assigneeUserId: actor.userId }, { assigneeOrganisationId: actor.organisation.id, assigneeUserId: null }],
        case: visible,
      },
      orderBy: { dueOn: "asc" },
      take: 50,
      select: {
        id: true,
        description: true,
        dueOn: true,
        status: true,
        assigneeUser: { select: { name: true } },
        case: { select: { id: true, number: true } },
      },
    }),
    db.referral.findMany({
      where: { toOrganisationId: actor.organisation.id, status: "PENDING" },
      orderBy: [{ urgency: "desc" }, { sentAt: "asc" }],
      take: 50,
      select: {
        id: true,
        urgency: true,
        sentAt: true,
        fromOrganisation: { select: { name: true } },
        themes: { select: { theme: { select: { name: true } } } },
        case: { select: { person: { select: { givenName: true, familyName: true } } } },
      },
    }),
    db.caseNote.findMany({
      where: {
        createdAt: { gte: since },
        authorOrganisationId: { not: actor.organisation.id },
        visibility: "ALL_INVOLVED",
        case: { AND: [visible, { leadProfessionalId: actor.userId }] },
      },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: {
        id: true,
        kind: true,
        createdAt: true,
        authorOrganisation: { select: { name: true } },
        case: { select: { id: true, number: true } },
      },
    }),
    db.notification.findMany({
      where: { userId: actor.userId, readAt: null, barrierId: null },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: {
        id: true,
        kind: true,
        createdAt: true,
        referral: { select: { toOrganisation: { select: { name: true } }, declineReason: true, responseComment: true } },
        case: { select: { id: true, number: true } },
      },
    }),
    db.leadTransfer.findMany({
      where: { status: "PENDING", toOrganisationId: actor.organisation.id, OR: [{ toProfessionalId: actor.userId }, { toProfessionalId: null }] },
      orderBy: { requestedAt: "asc" },
      select: { id: true, kind: true, reason: true, requestedAt: true, requestedBy: { select: { name: true, organisation: { select: { name: true } } } }, case: { select: { id: true, number: true } } },
    }),
  ]);

  await writeAuditEvent(db, {
    actor: auditActorOf(actor),
    action: "case.list",
    reasons: ["My work: actions, referrals and activity on cases shared with their organisation"],
    details: { actions: actions.length, inbox: inbox.length, activity: activity.length },
  });

  const today = startOfUtcDay();
  return {
    actions: actions
      .map((a) => ({ ...a, case: ref(a.case), overdue: a.dueOn < today }))
      .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.getTime() - b.dueOn.getTime()),
    inbox: inbox.map((r) => ({
      id: r.id,
      urgency: r.urgency,
      sentAt: r.sentAt,
      from: r.fromOrganisation.name,
      themes: r.themes.map((t) => t.theme.name),
      subjectName: `${r.case.person.givenName} ${r.case.person.familyName}`,
    })),
    transfers: transfers.map((t) => ({
      id: t.id,
      kind: t.kind,
      reason: t.reason,
      requestedAt: t.requestedAt,
      requestedBy: `${t.requestedBy.name}, ${t.requestedBy.organisation.name}`,
      case: ref(t.case),
    })),
    activity: activity.map((n) => ({ id: n.id, kind: n.kind, at: n.createdAt, by: n.authorOrganisation.name, case: ref(n.case) })),
    notifications: notifications.map((n) => ({
      id: n.id,
      kind: n.kind,
      at: n.createdAt,
      organisation: n.referral?.toOrganisation.name ?? null,
      comment: n.referral?.responseComment ?? null,
      case: n.case ? ref(n.case) : null,
    })),
  };
}

export type MyWork = Awaited<ReturnType<typeof getMyWork>>;
