// A person's cross-case chronology: the notes of the cases about them that the viewer may see,
// by the case page's own note rule (visibleNotesWhere), newest first, filtered and paged.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { visibleNotesWhere } from "@/lib/access/visible-cases-where";
import type { Tx } from "@/lib/db/create-client";
import { addDays, startOfLondonDay } from "@/lib/domain/london-time";
import { pageCountOf } from "@/lib/domain/paging";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChronologyFilters } from "./chronology-filters";

export const personChronologyPageSize = 20;

/** Only the cases given: the caller has authorised (and audited) a read of each. */
export async function readPersonChronology(tx: Tx, actor: AccessActor, cases: { id: string; reference: string }[], filters: ChronologyFilters) {
  const caseIds = cases.map((c) => c.id);
  const readable: Prisma.CaseNoteWhereInput = { caseId: { in: caseIds }, ...visibleNotesWhere(actor) };
  const occurredAt = {
    ...(filters.from ? { gte: startOfLondonDay(filters.from) } : {}),
    ...(filters.to ? { lt: startOfLondonDay(addDays(filters.to, 1)) } : {}),
  };
  const where: Prisma.CaseNoteWhereInput = {
    AND: [
      readable,
      ...(filters.organisationId ? [{ authorOrganisationId: filters.organisationId }] : []),
      ...(filters.kind ? [{ kind: filters.kind }] : []),
      ...(filters.from || filters.to ? [{ occurredAt }] : []),
    ],
  };
  // One after the other: a transaction's queries share one connection.
  const total = await tx.caseNote.count({ where });
  const pageCount = pageCountOf(total, personChronologyPageSize);
  const page = Math.min(filters.page, pageCount);
  const notes = await tx.caseNote.findMany({
    where,
    orderBy: [{ occurredAt: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * personChronologyPageSize,
    take: personChronologyPageSize,
    select: {
      id: true,
      caseId: true,
      kind: true,
      visibility: true,
      occurredAt: true,
      body: true,
      author: { select: { name: true } },
      authorOrganisation: { select: { name: true } },
    },
  });
  // The organisations that wrote anything the viewer may read here: the filter's choices.
  const authors = await tx.caseNote.findMany({
    where: readable,
    distinct: ["authorOrganisationId"],
    select: { authorOrganisation: { select: { id: true, name: true } } },
  });
  const referenceOf = new Map(cases.map((c) => [c.id, c.reference]));
  return {
    notes: notes.map(({ caseId, ...note }) => ({ ...note, caseId, caseReference: referenceOf.get(caseId) ?? "" })),
    total,
    page,
    pageCount,
    organisations: authors.map((a) => a.authorOrganisation).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export type PersonChronology = Awaited<ReturnType<typeof readPersonChronology>>;
