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
import { personIdsByName, type NameSearch } from "./find-people";

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

const searchLimit = 50;

/** The search as a filter, for what equality finds (indexes serve it under row security). */
function termsWhere(terms: Exclude<SearchTerms, { kind: "name" }>): Prisma.PersonWhereInput {
  switch (terms.kind) {
    case "nhsNumber":
      return { nhsNumberHash: nhsNumberLookup(terms.nhsNumber) };
    case "postcode":
      return { postcode: terms.postcode, ...(terms.dateOfBirth ? { dateOfBirth: terms.dateOfBirth } : {}) };
    case "dateOfBirth":
      return { dateOfBirth: terms.dateOfBirth };
    case "empty":
    case "invalid":
      return { id: { in: [] } };
  }
}

/** People matching a name (and any date of birth and postcode), closest first. */
export async function loadPeopleByName(tx: Tx, actor: AccessActor, search: NameSearch, take = searchLimit) {
  const ids = await personIdsByName(tx, search, take);
  if (ids.length === 0) return [];
  const rank = new Map(ids.map((id, i) => [id, i]));
  const people = await loadPeopleIn(tx, actor, { id: { in: ids } }, take);
  return people.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}

export async function loadPeople(actor: AccessActor, where: Prisma.PersonWhereInput, take = searchLimit) {
  return asActor(actor, (tx) => loadPeopleIn(tx, actor, where, take));
}

export async function loadPeopleIn(tx: Tx, actor: AccessActor, where: Prisma.PersonWhereInput, take: number) {
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
  const people = await asActor(actor, async (tx) => {
    const found = terms.kind === "name" ? await loadPeopleByName(tx, actor, terms) : await loadPeopleIn(tx, actor, termsWhere(terms), searchLimit);
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "person.search",
      reasons: ["results limited to people on cases shared with their organisation"],
      details: { searchedBy: terms.kind, narrowedBy: narrowingOf(terms), results: found.length },
    });
    return found;
  });
  return { terms, people };
}

/** Which narrowing parts a search had (never their values: the audit holds no search terms). */
function narrowingOf(terms: SearchTerms): string[] {
  const parts: string[] = [];
  if ((terms.kind === "name" || terms.kind === "postcode") && terms.dateOfBirth) parts.push("dateOfBirth");
  if (terms.kind === "name" && terms.postcode) parts.push("postcode");
  return parts;
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
