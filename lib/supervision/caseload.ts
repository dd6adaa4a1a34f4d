// A supervisor's caseload (DOMAIN.md, "supervisor"): for the teams and neighbourhoods they
// supervise, open cases per worker, overdue actions, cases without contact for N days and
// referrals unanswered past their deadline (lib/domain/referral-deadlines.ts). Every case listed
// is one the supervisor may open: each list is filtered by visibleCasesWhere. Reading it is audited.
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import type { AccessActor } from "@/lib/access/case-policy";
import type { WorkerStanding } from "@/lib/access/need-to-know";
import { visibleCasesWhere } from "@/lib/access/visible-cases-where";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { asActor } from "@/lib/db/access-context";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { addDays, londonToday } from "@/lib/domain/london-time";
import { sentBeforeForOverdue } from "@/lib/domain/referral-deadlines";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ReferralUrgency } from "@/lib/generated/prisma/enums";

export const caseloadPageSize = 20;

/** The cases of the supervisor's scope: of a neighbourhood they (or a team of theirs) cover, or with a supervised worker on them. */
export function supervisedCasesWhere(standing: WorkerStanding): Prisma.SharedCaseWhereInput {
  const neighbourhoods = [...new Set(standing.supervises.map((s) => s.neighbourhoodId))];
  const members = [...new Set(standing.supervises.flatMap((s) => s.members.map((m) => m.id)))];
  return {
    OR: [
      { neighbourhoodId: { in: neighbourhoods } },
      { leadProfessionalId: { in: members } },
      { workers: { some: { userId: { in: members }, removedAt: null } } },
    ],
  };
}

export type CaseloadOptions = { noContactDays: number; page: number; now?: Date };

export async function getSupervisorCaseload(actor: AccessActor, options: CaseloadOptions) {
  const now = options.now ?? new Date();
  return asActor(actor, async (tx) => {
    const grounds = await accessGroundsFor(tx, actor, now);
    const open: Prisma.SharedCaseWhereInput = { AND: [visibleCasesWhere(actor, grounds), supervisedCasesWhere(grounds.standing), { status: { not: "CLOSED" } }] };
    const today = londonToday(now);
    const cutoff = addDays(now, -options.noContactDays);
    const quiet: Prisma.SharedCaseWhereInput = { AND: [open, { openedAt: { lt: cutoff } }, { notes: { none: { occurredAt: { gte: cutoff } } } }] };
    const overdueAction: Prisma.CaseActionWhereInput = { status: { in: ["OPEN", "IN_PROGRESS"] }, dueOn: { lt: today }, case: open };
    const lateReferral: Prisma.ReferralWhereInput = {
      status: "PENDING",
      case: open,
      OR: Object.values(ReferralUrgency).map((urgency) => ({ urgency, sentAt: { lt: sentBeforeForOverdue(urgency, now) } })),
    };

    const perLead = await tx.sharedCase.groupBy({ by: ["leadProfessionalId"], where: open, _count: { _all: true }, orderBy: { _count: { leadProfessionalId: "desc" } }, take: 100 });
    const memberNames = new Map(grounds.standing.supervises.flatMap((s) => s.members.map((m) => [m.id, m.name] as const)));
    const leadIds = [...new Set([...memberNames.keys(), ...perLead.map((p) => p.leadProfessionalId)])];
    const users = await tx.user.findMany({ where: { id: { in: leadIds } }, select: { id: true, name: true, organisation: { select: { name: true } } } });
    const workers = [];
    for (const user of users) {
      const mine: Prisma.SharedCaseWhereInput = { AND: [open, { leadProfessionalId: user.id }] };
      workers.push({
        id: user.id,
        name: user.name,
        organisation: user.organisation.name,
        openCases: perLead.find((p) => p.leadProfessionalId === user.id)?._count._all ?? 0,
        overdueActions: await tx.caseAction.count({ where: { ...overdueAction, case: mine } }),
        noContact: await tx.sharedCase.count({ where: { AND: [quiet, { leadProfessionalId: user.id }] } }),
      });
    }
    workers.sort((a, b) => b.openCases - a.openCases || a.name.localeCompare(b.name));

    const quietCount = await tx.sharedCase.count({ where: quiet });
    const quietCases = await tx.sharedCase.findMany({
      where: quiet,
      // Longest without contact first: the oldest opened among those with no note since the cut-off.
      orderBy: [{ openedAt: "asc" }, { id: "asc" }],
      skip: (options.page - 1) * caseloadPageSize,
      take: caseloadPageSize,
      select: { id: true, number: true, openedAt: true, leadProfessional: { select: { name: true } }, notes: { orderBy: { occurredAt: "desc" }, take: 1, select: { occurredAt: true } } },
    });
    const overdueCount = await tx.caseAction.count({ where: overdueAction });
    const overdue = await tx.caseAction.findMany({
      where: overdueAction,
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      take: caseloadPageSize,
      select: { id: true, description: true, dueOn: true, assigneeOrganisation: { select: { name: true } }, case: { select: { id: true, number: true } } },
    });
    const lateCount = await tx.referral.count({ where: lateReferral });
    const late = await tx.referral.findMany({
      where: lateReferral,
      orderBy: [{ sentAt: "asc" }, { id: "asc" }],
      take: caseloadPageSize,
      select: { id: true, urgency: true, sentAt: true, toOrganisation: { select: { name: true } }, case: { select: { id: true, number: true } } },
    });
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "supervision.caseload",
      recordType: "SharedCase",
      details: { noContactDays: options.noContactDays, page: options.page, workers: workers.length, quiet: quietCount, overdue: overdueCount, late: lateCount },
    });
    const ref = (c: { id: string; number: number }) => ({ id: c.id, reference: formatCaseReference(c.number) });
    return {
      workers,
      noContact: {
        total: quietCount,
        page: options.page,
        pageCount: Math.max(1, Math.ceil(quietCount / caseloadPageSize)),
        rows: quietCases.map((c) => ({ ...ref(c), lead: c.leadProfessional.name, openedAt: c.openedAt, lastContactAt: c.notes[0]?.occurredAt ?? null })),
      },
      overdueActions: { total: overdueCount, rows: overdue.map((a) => ({ id: a.id, description: a.description, dueOn: a.dueOn, assignee: a.assigneeOrganisation.name, case: ref(a.case) })) },
      lateReferrals: { total: lateCount, rows: late.map((r) => ({ id: r.id, urgency: r.urgency, sentAt: r.sentAt, to: r.toOrganisation.name, case: ref(r.case) })) },
    };
  });
}

export type SupervisorCaseload = Awaited<ReturnType<typeof getSupervisorCaseload>>;
