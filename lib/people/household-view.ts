// A household page: the members the actor may see, with their relationship, and the household's
// cases the actor may see. A household with neither is not found (and the refusal audited).
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import type { AccessActor } from "@/lib/access/case-policy";
import { visibleCasesWhere } from "@/lib/access/visible-cases-where";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { asActor } from "@/lib/db/access-context";
import type { Tx } from "@/lib/db/create-client";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { isUuid } from "@/lib/domain/uuid";
import { visiblePeopleWhere } from "./visible-people-where";

export async function getHouseholdForView(actor: AccessActor, householdId: string) {
  return asActor(actor, (tx) => readHousehold(tx, actor, householdId));
}

async function readHousehold(tx: Tx, actor: AccessActor, householdId: string) {
  const grounds = await accessGroundsFor(tx, actor);
  const members = isUuid(householdId)
    ? await tx.person.findMany({
        where: { AND: [{ householdId }, visiblePeopleWhere(actor, grounds)] },
        orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
        select: { id: true, givenName: true, familyName: true, dateOfBirth: true, householdRelationship: true },
      })
    : [];
  const cases = isUuid(householdId)
    ? await tx.sharedCase.findMany({
        where: { householdId, ...visibleCasesWhere(actor, grounds) },
        orderBy: { openedAt: "desc" },
        select: { id: true, number: true, status: true, openedAt: true, person: { select: { id: true, givenName: true, familyName: true } }, leadOrganisation: { select: { name: true } } },
      })
    : [];
  const seen = members.length > 0 || cases.length > 0;
  await writeAuditEvent(tx, {
    actor: auditActorOf(actor),
    action: "household.view",
    outcome: seen ? "ALLOWED" : "DENIED",
    recordType: "Household",
    recordId: householdId.slice(0, 64),
    reasons: [seen ? "a person or case of the household is shared with their organisation" : "no person or case of the household is shared with their organisation, or it does not exist"],
    ...(seen ? { details: { members: members.length, cases: cases.length } } : {}),
  });
  if (!seen) return null;
  const household = await tx.household.findUniqueOrThrow({ where: { id: householdId }, select: { id: true, addressLine1: true, addressLine2: true, town: true, postcode: true } });
  return { ...household, members, cases: cases.map((c) => ({ ...c, reference: formatCaseReference(c.number) })) };
}

export type HouseholdView = NonNullable<Awaited<ReturnType<typeof getHouseholdForView>>>;
