// Actions for the worker or their organisation on cases shared with them, with who each case is
// about: filtered, sorted and paged in the database (the page's order and limit, nothing more).
import "server-only";
import type { AccessActor, AccessGrounds } from "@/lib/access/case-policy";
import type { Tx } from "@/lib/db/create-client";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import { visibleCasesWhere } from "@/lib/access/visible-cases-where";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { asActor } from "@/lib/db/access-context";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { addDays, londonToday } from "@/lib/domain/london-time";
import { pageCountOf, type Paged } from "@/lib/domain/paging";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import type { ActionListFilters } from "./work-lists";

export type MyActionRow = {
  id: string;
  description: string;
  dueOn: Date;
  overdue: boolean;
  status: ActionStatus;
  assignee: string;
  case: { id: string; reference: string; subjectName: string };
};

function actionsWhere(actor: AccessActor, filters: ActionListFilters, visible: Prisma.SharedCaseWhereInput): Prisma.CaseActionWhereInput {
  const today = londonToday();
  const mine = { assigneeUserId: actor.userId };
  const organisation = { assigneeOrganisationId: actor.organisation.id, assigneeUserId: null };
  return {
    status: { in: ["OPEN", "IN_PROGRESS"] },
    ...(filters.for === "me" ? mine : filters.for === "organisation" ? organisation : { OR: [mine, organisation] }),
    ...(filters.due === "overdue" ? { dueOn: { lt: today } } : filters.due === "week" ? { dueOn: { gte: today, lte: addDays(today, 6) } } : {}),
    case: visible,
  };
}

export async function listMyActions(
  actor: AccessActor,
  filters: ActionListFilters,
  page: { page: number; pageSize: number },
): Promise<Paged<MyActionRow> & { overdue: number }> {
  return asActor(actor, async (tx) => readMyActions(tx, actor, await accessGroundsFor(tx, actor), filters, page));
}

/** The same inside a transaction of the actor's, with their grounds loaded once (My work reads every list in one). */
export async function readMyActions(tx: Tx, actor: AccessActor, grounds: AccessGrounds, filters: ActionListFilters, page: { page: number; pageSize: number }): Promise<Paged<MyActionRow> & { overdue: number }> {
  const where = actionsWhere(actor, filters, visibleCasesWhere(actor, grounds));
  const orderBy: Prisma.CaseActionOrderByWithRelationInput[] =
    filters.sort === "case" ? [{ case: { number: "asc" } }, { dueOn: "asc" }] : [{ dueOn: "asc" }, { id: "asc" }];
  // One after the other: a transaction's queries share one connection.
  const total = await tx.caseAction.count({ where });
  const overdue = await tx.caseAction.count({ where: { AND: [where, { dueOn: { lt: londonToday() } }] } });
  const rows = await tx.caseAction.findMany({
      where,
      orderBy,
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
      select: {
        id: true,
        description: true,
        dueOn: true,
        status: true,
        assigneeUser: { select: { name: true } },
        assigneeOrganisation: { select: { name: true } },
        case: { select: { id: true, number: true, person: { select: { givenName: true, familyName: true } } } },
      },
    });
  await writeAuditEvent(tx, {
    actor: auditActorOf(actor),
    action: "case.list",
    reasons: ["actions for the worker or their organisation on cases shared with their organisation"],
    details: { list: "my actions", filter: filters, results: rows.length, total },
  });
  const today = londonToday();
  return {
    rows: rows.map((a) => ({
      id: a.id,
      description: a.description,
      dueOn: a.dueOn,
      overdue: a.dueOn < today,
      status: a.status,
      assignee: a.assigneeUser?.name ?? a.assigneeOrganisation.name,
      case: { id: a.case.id, reference: formatCaseReference(a.case.number), subjectName: `${a.case.person.givenName} ${a.case.person.familyName}` },
    })),
    total,
    overdue,
    page: page.page,
    pageSize: page.pageSize,
    pageCount: pageCountOf(total, page.pageSize),
  };
}
