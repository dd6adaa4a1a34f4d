// Everything on a person page, for an actor the person policy lets see the person (else null,
// and the caller answers 404): their details and history, the cases about them the actor may
// see, their household, and the chronology across those cases. Reading is audited as the case
// page's is: a person.view row, and a case.view row for each case whose notes are shown.
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import { authorizeCase } from "@/lib/access/authorize-case";
import { authorizePerson } from "@/lib/access/authorize-person";
import type { AccessActor } from "@/lib/access/case-policy";
import { decidePersonAccess } from "@/lib/access/person-policy";
import { visibleCasesWhere } from "@/lib/access/visible-cases-where";
import { asActor } from "@/lib/db/access-context";
import type { Tx } from "@/lib/db/create-client";
import { formatCaseReference } from "@/lib/domain/case-reference";
import type { ChronologyFilters } from "./chronology-filters";
import { householdChoicesFor } from "./household-choices";
import { openNhsNumber } from "./nhs-number-field";
import { readPersonChronology } from "./person-chronology";
import { visiblePeopleWhere } from "./visible-people-where";

export async function getPersonForView(actor: AccessActor, personId: string, filters: ChronologyFilters | null) {
  return asActor(actor, (tx) => readPerson(tx, actor, personId, filters));
}

async function readPerson(tx: Tx, actor: AccessActor, personId: string, filters: ChronologyFilters | null) {
  const authorisation = await authorizePerson(tx, actor, personId, { action: "person.view" });
  if (!authorisation.allowed) return null;
  const grounds = await accessGroundsFor(tx, actor);
  const person = await tx.person.findUniqueOrThrow({
    where: { id: personId },
    select: {
      id: true,
      givenName: true,
      familyName: true,
      dateOfBirth: true,
      nhsNumberCiphertext: true,
      addressLine1: true,
      town: true,
      postcode: true,
      householdRelationship: true,
      version: true,
      household: { select: { id: true, addressLine1: true, town: true, postcode: true } },
    },
  });
  const listed = await tx.sharedCase.findMany({
    where: { personId, ...visibleCasesWhere(actor, grounds) },
    orderBy: { openedAt: "desc" },
    select: {
      id: true,
      number: true,
      status: true,
      riskLevel: true,
      openedAt: true,
      closedAt: true,
      householdId: true,
      leadOrganisation: { select: { name: true } },
      neighbourhood: { select: { name: true } },
      themes: { select: { theme: { select: { name: true } } }, orderBy: { theme: { sortOrder: "asc" } } },
    },
  });
  // Each case's notes are read here as on its own page: authorised and audited one by one.
  const cases = [];
  for (const c of listed) {
    const read = await authorizeCase(tx, actor, c.id, "view", { details: { from: "person page" } });
    if (read.allowed) cases.push({ ...c, reference: formatCaseReference(c.number) });
  }
  const chronology = filters ? await readPersonChronology(tx, actor, cases, filters) : null;
  const history = await tx.personChange.findMany({
    where: { personId },
    orderBy: [{ changedAt: "desc" }, { field: "asc" }],
    take: 100,
    select: { id: true, version: true, field: true, fromValue: true, toValue: true, changedAt: true, changedBy: { select: { name: true, organisation: { select: { name: true } } } } },
  });
  const members = person.household
    ? await tx.person.findMany({
        where: { AND: [{ householdId: person.household.id, id: { not: personId } }, visiblePeopleWhere(actor, grounds)] },
        orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
        select: { id: true, givenName: true, familyName: true, householdRelationship: true },
      })
    : [];
  const mayEdit = decidePersonAccess(actor, authorisation.facts, grounds, "edit").allowed;
  const { nhsNumberCiphertext, ...details } = person;
  return {
    ...details,
    nhsNumber: openNhsNumber(person.id, nhsNumberCiphertext),
    cases,
    chronology,
    history,
    members,
    householdChoices: mayEdit ? await householdChoicesFor(tx, actor, grounds, person) : [],
    permissions: { edit: mayEdit },
  };
}

export type PersonView = NonNullable<Awaited<ReturnType<typeof getPersonForView>>>;
