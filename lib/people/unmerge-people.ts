// Undoes a merge within the period (lib/domain/person-merge-period.ts): the record merged away is
// restored, and exactly what moved moves back — the cases and link requests the merge recorded,
// its household place, the kept record's fields that were taken from it. Cases opened on the kept
// record since the merge stay there. Decided as an edit of the kept record; audited person.unmerge.
import "server-only";
import { auditPersonAction, decideForPerson } from "@/lib/access/authorize-person";
import type { AccessActor } from "@/lib/access/case-policy";
import { asActor, unsafeSystemStep } from "@/lib/db/access-context";
import type { Tx } from "@/lib/db/create-client";
import { mayStillUnmerge } from "@/lib/domain/person-merge-period";
import { searchNameOf } from "@/lib/domain/person-matching";
import { formFailure, invalid } from "@/lib/forms/failures";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import type { HouseholdRelationship } from "@/lib/generated/prisma/enums";
import type { MergeField } from "./merge-record";
import { unmergeSchema } from "./merge-schemas";
import { personNotFoundMessage } from "./person-transaction";

export type UnmergeValues = { mergeId: string; keptVersion: string };
export type UnmergeResult = { ok: true; keptId: string; restoredId: string } | FormFailure<UnmergeValues>;

export const unmergePeriodOverMessage = "This merge can no longer be undone: the period for undoing it has ended.";
export const alreadyUnmergedMessage = "This merge has already been undone.";
export const staleUnmergeMessage = "This record was changed after you opened this page, so nothing was undone. Check the page again, then undo the merge.";

export const unmergeValuesOf = (formData: FormData): UnmergeValues => ({ mergeId: textOf(formData, "mergeId"), keptVersion: textOf(formData, "keptVersion") });

type Snapshot = {
  givenName: string; familyName: string; dateOfBirth: string; nhsNumberCiphertext: string | null; nhsNumberHash: string | null;
  addressLine1: string | null; town: string | null; postcode: string | null; householdId: string | null; householdRelationship: HouseholdRelationship | null;
};

/** The kept record's fields that came from the other record, back to what they were before. */
function restoredFields(before: Snapshot, fromAway: string[]) {
  const has = (f: MergeField) => fromAway.includes(f);
  return {
    ...(has("givenName") ? { givenName: before.givenName } : {}),
    ...(has("familyName") ? { familyName: before.familyName } : {}),
    ...(has("dateOfBirth") ? { dateOfBirth: new Date(`${before.dateOfBirth}T00:00:00Z`) } : {}),
    ...(has("nhsNumber") ? { nhsNumberCiphertext: before.nhsNumberCiphertext, nhsNumberHash: before.nhsNumberHash } : {}),
    ...(has("addressLine1") ? { addressLine1: before.addressLine1 } : {}),
    ...(has("town") ? { town: before.town } : {}),
    ...(has("postcode") ? { postcode: before.postcode } : {}),
    ...(has("household") ? { householdId: before.householdId, householdRelationship: before.householdRelationship } : {}),
  };
}

async function unmergeIn(tx: Tx, actor: AccessActor, merge: { id: string; survivorId: string; loserId: string; movedCaseIds: string[]; movedLinkRequestIds: string[]; survivorBefore: unknown; fieldsFromLoser: string[]; loserHouseholdId: string | null; loserRelationship: HouseholdRelationship | null }, now: Date) {
  const kept = await tx.person.findUniqueOrThrow({ where: { id: merge.survivorId }, select: { givenName: true, familyName: true, version: true } });
  const restore = restoredFields(merge.survivorBefore as Snapshot, merge.fieldsFromLoser);
  const givenName = restore.givenName ?? kept.givenName;
  const familyName = restore.familyName ?? kept.familyName;
  await tx.person.update({ where: { id: merge.survivorId }, data: { ...restore, searchName: searchNameOf(givenName, familyName), version: { increment: 1 } }, select: { id: true } });
  // Across organisations, as the merge moved them: only what the merge moved, and only if still there.
  const moved = await unsafeSystemStep(tx, actor, async () => {
    const household = merge.loserHouseholdId ? await tx.household.findUnique({ where: { id: merge.loserHouseholdId }, select: { id: true } }) : null;
    await tx.person.updateMany({
      where: { id: merge.loserId },
      data: { mergedIntoId: null, mergedAt: null, mergedById: null, householdId: household?.id ?? null, householdRelationship: household ? merge.loserRelationship : null, version: { increment: 1 } },
    });
    const cases = await tx.sharedCase.updateMany({ where: { id: { in: merge.movedCaseIds }, personId: merge.survivorId }, data: { personId: merge.loserId } });
    await tx.personLinkRequest.updateMany({ where: { id: { in: merge.movedLinkRequestIds }, personId: merge.survivorId }, data: { personId: merge.loserId } });
    await tx.personMerge.updateMany({ where: { id: merge.id }, data: { unmergedAt: now, unmergedById: actor.userId } });
    return cases.count;
  });
  await tx.personChange.createMany({
    data: [
      ...merge.fieldsFromLoser.map((field) => ({ personId: merge.survivorId, version: kept.version + 1, field, fromValue: null, toValue: null, changedById: actor.userId })),
      { personId: merge.survivorId, version: kept.version + 1, field: "unmerge", fromValue: null, toValue: "the merged record was restored", changedById: actor.userId },
    ],
  });
  return moved;
}

export async function unmergePeople(actor: AccessActor, formData: FormData, now: Date = new Date()): Promise<UnmergeResult> {
  const values = unmergeValuesOf(formData);
  const parsed = unmergeSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  return asActor(actor, async (tx): Promise<UnmergeResult> => {
    const merge = await unsafeSystemStep(tx, actor, () =>
      tx.personMerge.findUnique({
        where: { id: input.mergeId },
        select: { id: true, survivorId: true, loserId: true, mergedAt: true, unmergedAt: true, movedCaseIds: true, movedLinkRequestIds: true, survivorBefore: true, fieldsFromLoser: true, loserHouseholdId: true, loserRelationship: true },
      }),
    );
    const audit = { action: "person.unmerge", details: { mergeId: input.mergeId } };
    const authorisation = merge ? await decideForPerson(tx, actor, merge.survivorId, "edit") : { allowed: false as const, decision: { allowed: false, reasons: ["no such merge"] } };
    const recordId = merge?.survivorId ?? input.mergeId;
    if (!merge || !authorisation.allowed) {
      await auditPersonAction(tx, actor, recordId, audit, "DENIED", authorisation.decision.reasons);
      return formFailure(values, personNotFoundMessage);
    }
    const reasons = authorisation.decision.reasons;
    const refuse = async (message: string) => {
      await auditPersonAction(tx, actor, recordId, audit, "REFUSED", [...reasons, message]);
      return formFailure(values, message);
    };
    if (merge.unmergedAt) return refuse(alreadyUnmergedMessage);
    if (!mayStillUnmerge(merge.mergedAt, now)) return refuse(unmergePeriodOverMessage);
    const locked = await tx.$queryRaw<{ version: number }[]>`SELECT version FROM "Person" WHERE id = ${merge.survivorId}::uuid FOR UPDATE`;
    if (locked[0]?.version !== input.keptVersion) return refuse(staleUnmergeMessage);
    const movedBack = await unmergeIn(tx, actor, merge, now);
    await auditPersonAction(tx, actor, recordId, { ...audit, details: { mergeId: merge.id, restoredId: merge.loserId, movedBackCases: movedBack } }, "ALLOWED", reasons);
    return { ok: true, keptId: merge.survivorId, restoredId: merge.loserId };
  });
}
