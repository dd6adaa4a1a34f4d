// A person joins or leaves a household: a change to the person's record, so it is authorised by
// the person policy ("edit"), made as the actor in the person's transaction, version-checked,
// kept in the person's history and audited as household.join / household.leave.
import "server-only";
import { randomUUID } from "node:crypto";
import type { AccessActor } from "@/lib/access/case-policy";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import type { Tx } from "@/lib/db/create-client";
import { householdRelationshipLabels } from "@/lib/domain/labels";
import type { HouseholdRelationship } from "@/lib/generated/prisma/enums";
import { changedSinceOpened, fieldFailure, formFailure, invalid } from "@/lib/forms/failures";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { newHouseholdChoice } from "./household-choices-value";
import { joinHouseholdSchema, leaveHouseholdSchema } from "./person-record-schemas";
import { inPersonTransaction, isPersonDenied, personNotFoundMessage, type PersonWriteDone } from "./person-transaction";
import { visibleHouseholdsWhere } from "./visible-households-where";

export type JoinHouseholdValues = { householdId: string; relationship: string; version: string };
export type LeaveHouseholdValues = { version: string };

export const joinValuesOf = (formData: FormData): JoinHouseholdValues => ({
  householdId: textOf(formData, "householdId"),
  relationship: textOf(formData, "relationship"),
  version: textOf(formData, "version"),
});

export const leaveValuesOf = (formData: FormData): LeaveHouseholdValues => ({ version: textOf(formData, "version") });

const addressOf = (h: Address | null) => (h ? [h.addressLine1, h.town, h.postcode].filter(Boolean).join(", ") : null);

async function currentHousehold(tx: Tx, personId: string) {
  return tx.person.findUniqueOrThrow({
    where: { id: personId },
    select: { addressLine1: true, town: true, postcode: true, householdRelationship: true, household: { select: { id: true, addressLine1: true, town: true, postcode: true } } },
  });
}

/**
 * Claims the next version of the person before the change is written, so a stale form
 * changes nothing (and the row stays locked until the transaction ends): false if someone else
 * changed the person since the page was loaded.
 */
async function claimVersion(tx: Tx, personId: string, version: number): Promise<boolean> {
  const updated = await tx.person.updateMany({ where: { id: personId, version }, data: { version: { increment: 1 } } });
  return updated.count === 1;
}

async function placePerson(tx: Tx, personId: string, householdId: string | null, relationship: HouseholdRelationship | null) {
  await tx.person.update({ where: { id: personId }, data: { householdId, householdRelationship: relationship }, select: { id: true } });
}

async function recordHistory(tx: Tx, actor: AccessActor, personId: string, version: number, changes: { field: string; from: string | null; to: string | null }[]) {
  const changed = changes.filter((c) => (c.from ?? "") !== (c.to ?? ""));
  await tx.personChange.createMany({ data: changed.map((c) => ({ personId, version, field: c.field, fromValue: c.from, toValue: c.to, changedById: actor.userId })) });
}

type Address = { addressLine1: string; town: string; postcode: string };

function newHouseholdAt(person: { addressLine1: string | null; town: string | null; postcode: string | null }): Address | null {
  return person.addressLine1 && person.postcode ? { addressLine1: person.addressLine1, town: person.town ?? "", postcode: person.postcode } : null;
}

async function visibleHousehold(tx: Tx, actor: AccessActor, householdId: string): Promise<Address | null> {
  const grounds = await accessGroundsFor(tx, actor);
  return tx.household.findFirst({ where: { AND: [{ id: householdId }, visibleHouseholdsWhere(actor, grounds)] }, select: { addressLine1: true, town: true, postcode: true } });
}

export async function joinHousehold(actor: AccessActor, personId: string, formData: FormData): Promise<PersonWriteDone | FormFailure<JoinHouseholdValues>> {
  const values = joinValuesOf(formData);
  const parsed = joinHouseholdSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  // A new household's id is chosen here, so the audit row names it.
  const householdId = input.householdId === newHouseholdChoice ? randomUUID() : input.householdId;
  const result = await inPersonTransaction(actor, personId, { action: "household.join", recordType: "Household", recordId: householdId, details: { personId } }, async (tx) => {
    const before = await currentHousehold(tx, personId);
    const isNew = input.householdId === newHouseholdChoice;
    // Checked before anything is written: a refused join changes nothing.
    const joined = isNew ? newHouseholdAt(before) : await visibleHousehold(tx, actor, householdId);
    if (!joined) {
      return fieldFailure(values, "householdId", isNew ? "Record the person's address first: a new household is made at it" : "Choose a household from the list");
    }
    if (!(await claimVersion(tx, personId, input.version))) return formFailure(values, changedSinceOpened);
    // createMany, not create: a household nobody lives in yet is not one the actor may read back.
    if (isNew) await tx.household.createMany({ data: [{ id: householdId, ...joined }] });
    const address = addressOf(joined);
    await placePerson(tx, personId, householdId, input.relationship);
    await recordHistory(tx, actor, personId, input.version + 1, [
      { field: "household", from: addressOf(before.household), to: address },
      { field: "householdRelationship", from: before.householdRelationship, to: input.relationship },
    ]);
    return { ok: true as const, auditDetails: { relationship: householdRelationshipLabels[input.relationship], newHousehold: isNew } };
  });
  if (isPersonDenied(result)) return formFailure(values, personNotFoundMessage);
  return result;
}

export async function leaveHousehold(actor: AccessActor, personId: string, formData: FormData): Promise<PersonWriteDone | FormFailure<LeaveHouseholdValues>> {
  const values = leaveValuesOf(formData);
  const parsed = leaveHouseholdSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const { version } = parsed.data;
  const result = await inPersonTransaction(actor, personId, { action: "household.leave" }, async (tx) => {
    const before = await currentHousehold(tx, personId);
    if (!before.household) return formFailure(values, "This person is not in a household now. Check the page again.");
    if (!(await claimVersion(tx, personId, version))) return formFailure(values, changedSinceOpened);
    await placePerson(tx, personId, null, null);
    await recordHistory(tx, actor, personId, version + 1, [
      { field: "household", from: addressOf(before.household), to: null },
      { field: "householdRelationship", from: before.householdRelationship, to: null },
    ]);
    return { ok: true as const, auditDetails: { householdId: before.household.id } };
  });
  if (isPersonDenied(result)) return formFailure(values, personNotFoundMessage);
  return result;
}
