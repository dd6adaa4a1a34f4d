// Open cases the worker leads, through the access policy like every list: sorted and paged in
// the database, each with its next action due.
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import type { AccessActor, AccessGrounds } from "@/lib/access/case-policy";
import type { Tx } from "@/lib/db/create-client";
import { visibleCasesWhere } from "@/lib/access/visible-cases-where";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { asActor } from "@/lib/db/access-context";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { pageCountOf, type Paged } from "@/lib/domain/paging";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, RiskLevel } from "@/lib/generated/prisma/enums";
import type { CaseListFilters } from "./work-lists";

export type MyCaseRow = {
  id: string;
  reference: string;
  subjectName: string;
  neighbourhoodName: string;
  themes: string[];
  status: CaseStatus;
  riskLevel: RiskLevel;
  nextActionDue: Date | null;
};

// "Next action due" is a property of another table's rows: it is sorted after loading (below).
const orderBy: Record<CaseListFilters["sort"], Prisma.SharedCaseOrderByWithRelationInput[]> = {
  "next-action": [{ openedAt: "asc" }],
  opened: [{ openedAt: "desc" }],
  risk: [{ riskLevel: "desc" }, { openedAt: "asc" }],
};

export async function listMyOpenCases(
  actor: AccessActor,
  filters: CaseListFilters,
  page: { page: number; pageSize: number },
): Promise<Paged<MyCaseRow>> {
  return asActor(actor, async (tx) => readMyOpenCases(tx, actor, await accessGroundsFor(tx, actor), filters, page));
}

/** The same inside a transaction of the actor's, with their grounds loaded once (My work reads every list in one). */
export async function readMyOpenCases(tx: Tx, actor: AccessActor, grounds: AccessGrounds, filters: CaseListFilters, page: { page: number; pageSize: number }): Promise<Paged<MyCaseRow>> {
  const where: Prisma.SharedCaseWhereInput = {
    AND: [visibleCasesWhere(actor, grounds), { leadProfessionalId: actor.userId, status: { not: "CLOSED" } }],
  };
  // One after the other: a transaction's queries share one connection.
  const total = await tx.sharedCase.count({ where });
  const cases = await tx.sharedCase.findMany({
      where,
      orderBy: orderBy[filters.sort],
      // A worker leads tens of cases, not thousands: sorting by next action happens after loading.
      ...(filters.sort === "next-action" ? {} : { skip: (page.page - 1) * page.pageSize, take: page.pageSize }),
      select: {
        id: true,
        number: true,
        status: true,
        riskLevel: true,
        person: { select: { givenName: true, familyName: true } },
        neighbourhood: { select: { name: true } },
        themes: { select: { theme: { select: { name: true } } } },
        actions: { where: { status: { in: ["OPEN", "IN_PROGRESS"] } }, orderBy: { dueOn: "asc" }, take: 1, select: { dueOn: true } },
      },
    });
  await writeAuditEvent(tx, {
    actor: auditActorOf(actor),
    action: "case.list",
    reasons: ["lead professional of each case listed"],
    details: { list: "my open cases", sort: filters.sort, total },
  });
  const rows = cases.map(
    (c): MyCaseRow => ({
      id: c.id,
      reference: formatCaseReference(c.number),
      subjectName: `${c.person.givenName} ${c.person.familyName}`,
      neighbourhoodName: c.neighbourhood.name,
      themes: c.themes.map((t) => t.theme.name),
      status: c.status,
      riskLevel: c.riskLevel,
      nextActionDue: c.actions[0]?.dueOn ?? null,
    }),
  );
  const paged =
    filters.sort === "next-action"
      ? rows
          .sort((a, b) => (a.nextActionDue?.getTime() ?? Infinity) - (b.nextActionDue?.getTime() ?? Infinity))
          .slice((page.page - 1) * page.pageSize, page.page * page.pageSize)
      : rows;
  return { rows: paged, total, page: page.page, pageSize: page.pageSize, pageCount: pageCountOf(total, page.pageSize) };
}
