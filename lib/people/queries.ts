// Finding people: only people the actor may see are ever returned, with only the cases they
// may see. Searches are audited (counts only: search terms may hold names).
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import type { AccessActor } from "@/lib/access/case-policy";
import { visibleCasesWhere } from "@/lib/access/visible-cases-where";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { asActor } from "@/lib/db/access-context";
import type { Tx } from "@/lib/db/create-client";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { isUuid } from "@/lib/domain/uuid";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { parseSearchTerms, type SearchTerms } from "./search-terms";
import { visiblePeopleWhere } from "./visible-people-where";
import { nhsNumberLookup, openNhsNumber } from "./nhs-number-field";

export type PersonSummary = {
  id: string;
  name: string;
  givenName: string;
  familyName: string;
  dateOfBirth: Date;
  nhsNumber: string | null;
  postcode: string | null;
  cases: { id: string; reference: string; status: CaseStatus }[];
};

function termsWhere(terms: SearchTerms): Prisma.PersonWhereInput {
  switch (terms.kind) {
    case "nhsNumber":
      return { nhsNumberHash: nhsNumberLookup(terms.nhsNumber) };
    case "postcode":
      return { postcode: terms.postcode };
    case "dateOfBirth":
      return { dateOfBirth: terms.dateOfBirth };
    case "name":
      return { AND: terms.words.map((word) => ({ searchName: { contains: word } })) };
    case "empty":
    case "invalid":
      return { id: { in: [] } };
  }
}

export async function loadPeople(actor: AccessActor, where: Prisma.PersonWhereInput, take = 50) {
  return asActor(actor, (tx) => loadPeopleIn(tx, actor, where, take));
}

async function loadPeopleIn(tx: Tx, actor: AccessActor, where: Prisma.PersonWhereInput, take: number) {
  const grounds = await accessGroundsFor(tx, actor);
  const people = await tx.person.findMany({
    where: { AND: [visiblePeopleWhere(actor, grounds), where] },
    orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
    take,
    select: {
      id: true,
      givenName: true,
      familyName: true,
      dateOfBirth: true,
      nhsNumberCiphertext: true,
      postcode: true,
      cases: {
        where: visibleCasesWhere(actor, grounds),
        orderBy: { openedAt: "desc" },
        select: { id: true, number: true, status: true },
      },
    },
  });
  return people.map(
    (p): PersonSummary => ({
      id: p.id,
      name: `${p.givenName} ${p.familyName}`,
      givenName: p.givenName,
      familyName: p.familyName,
      dateOfBirth: p.dateOfBirth,
      nhsNumber: openNhsNumber(p.id, p.nhsNumberCiphertext),
      postcode: p.postcode,
      cases: p.cases.map((c) => ({ id: c.id, reference: formatCaseReference(c.number), status: c.status })),
    }),
  );
}

export async function searchPeople(actor: AccessActor, text: string) {
  const terms = parseSearchTerms(text);
  if (terms.kind === "empty" || terms.kind === "invalid") return { terms, people: [] };
  const people = await loadPeople(actor, termsWhere(terms));
  await writeAuditEvent(db, {
    actor: auditActorOf(actor),
    action: "person.search",
    reasons: ["results limited to people on cases shared with their organisation"],
    details: { searchedBy: terms.kind, results: people.length },
  });
  return { terms, people };
}

/** One person the actor may see (for opening a case), or null — and a refusal is audited. */
export async function getVisiblePerson(actor: AccessActor, personId: string) {
  const [person] = isUuid(personId) ? await loadPeople(actor, { id: personId }, 1) : [];
  if (!person) {
    await writeAuditEvent(db, {
      actor: auditActorOf(actor),
      action: "person.view",
      outcome: "DENIED",
      recordType: "Person",
      recordId: personId.slice(0, 64),
      reasons: ["the person is not on any case shared with their organisation, or does not exist"],
    });
  }
  return person ?? null;
}
