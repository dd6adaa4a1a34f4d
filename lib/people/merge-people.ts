// Merges two records of one person: every case about the record merged away, its link requests
// and its household place (if chosen) move to the record kept, in one transaction as the actor;
// the record merged away stays as a tombstone that redirects to the one kept. Both records'
// versions come from the preview, so a stale preview changes nothing. What moved is kept in
// PersonMerge, so an unmerge (lib/people/unmerge-people.ts) moves back exactly that.
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import { auditPersonAction } from "@/lib/access/authorize-person";
import type { AccessActor } from "@/lib/access/case-policy";
import { unsafeLoadPersonFacts } from "@/lib/access/person-facts";
import { decidePersonMerge } from "@/lib/access/person-policy";
import { asActor, unsafeSystemStep } from "@/lib/db/access-context";
import type { Tx } from "@/lib/db/create-client";
import { searchNameOf } from "@/lib/domain/person-matching";
import { isUuid } from "@/lib/domain/uuid";
import { formFailure, invalid } from "@/lib/forms/failures";
import type { FieldErrors, FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import type { Prisma } from "@/lib/generated/prisma/client";
import { differingFields, loadMergeRecord, mergeFields, type MergeField, type MergeRecord } from "./merge-record";
import { mergeSchema } from "./merge-schemas";
import { sealNhsNumber } from "./nhs-number-field";
import { personFieldLabels } from "./person-fields";
import { personNotFoundMessage } from "./person-transaction";

export type MergeValues = { keptId: string; awayId: string; keptVersion: string; awayVersion: string; confirmed: string; choices: Record<MergeField, string> };

export const staleMergeMessage =
  "One of these records was changed after you opened this preview, so nothing was merged. Check the preview again, then merge.";
export const alreadyMergedMessage = "One of these records has already been merged into another record, so nothing was merged.";

export type MergeResult = { ok: true; keptId: string; mergeId: string } | FormFailure<MergeValues>;

export function mergeValuesOf(formData: FormData): MergeValues {
  return {
    keptId: textOf(formData, "keptId"),
    awayId: textOf(formData, "awayId"),
    keptVersion: textOf(formData, "keptVersion"),
    awayVersion: textOf(formData, "awayVersion"),
    confirmed: textOf(formData, "confirmed"),
    choices: Object.fromEntries(mergeFields.map((f) => [f, textOf(formData, `choice-${f}`)])) as Record<MergeField, string>,
  };
}

/** Locks both rows for the transaction and says whether both are still at the preview's versions. */
async function lockAtVersions(tx: Tx, records: { id: string; version: number }[]): Promise<boolean> {
  const ids = records.map((r) => r.id);
  const rows = await tx.$queryRaw<{ id: string; version: number }[]>`
    SELECT id::text AS id, version FROM "Person" WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
  return records.every((r) => rows.some((row) => row.id === r.id && row.version === r.version));
}

/** The kept record's new details: each differing field from the record the merger chose. */
function mergedDetails(kept: MergeRecord, away: MergeRecord, fromAway: MergeField[]) {
  const pick = <F extends MergeField>(f: F) => fromAway.includes(f);
  const nhsFromAway = pick("nhsNumber");
  return {
    givenName: pick("givenName") ? away.givenName : kept.givenName,
    familyName: pick("familyName") ? away.familyName : kept.familyName,
    dateOfBirth: new Date(`${pick("dateOfBirth") ? away.dateOfBirth : kept.dateOfBirth}T00:00:00Z`),
    // An NHS number is sealed to its row: one taken from the other record is sealed again.
    ...(nhsFromAway ? sealNhsNumber(kept.id, away.nhsNumber) : {}),
    addressLine1: pick("addressLine1") ? away.addressLine1 : kept.addressLine1,
    town: pick("town") ? away.town : kept.town,
    postcode: pick("postcode") ? away.postcode : kept.postcode,
    householdId: pick("household") ? away.householdId : kept.householdId,
    householdRelationship: pick("household") ? away.householdRelationship : kept.householdRelationship,
  };
}

/** The kept record before the merge, for an unmerge to restore the fields taken from the other. */
export function snapshotOf(r: MergeRecord): Prisma.InputJsonObject {
  return {
    givenName: r.givenName, familyName: r.familyName, dateOfBirth: r.dateOfBirth, nhsNumberCiphertext: r.nhsNumberCiphertext, nhsNumberHash: r.nhsNumberHash,
    addressLine1: r.addressLine1, town: r.town, postcode: r.postcode, householdId: r.householdId, householdRelationship: r.householdRelationship,
  };
}

const shown = (r: MergeRecord, f: MergeField) => (f === "nhsNumber" ? null : f === "household" ? r.householdAddress : r[f]);

async function mergeIn(tx: Tx, actor: AccessActor, kept: MergeRecord, away: MergeRecord, fromAway: MergeField[]) {
  const now = new Date();
  // The tombstone first, across organisations: once its cases have moved, the actor's
  // organisation may no longer see the record (row security), and it is no longer theirs to find.
  await unsafeSystemStep(tx, actor, () =>
    tx.person.updateMany({
      where: { id: away.id },
      data: { mergedIntoId: kept.id, mergedAt: now, mergedById: actor.userId, householdId: null, householdRelationship: null, version: { increment: 1 } },
    }),
  );
  // Every case about the record moves, including any the actor's organisation may not see: it is
  // one person. Read and moved across organisations; only the count leaves, in the audit row.
  const movedCaseIds = await unsafeSystemStep(tx, actor, async () => {
    const cases = await tx.sharedCase.findMany({ where: { personId: away.id }, select: { id: true } });
    await tx.sharedCase.updateMany({ where: { personId: away.id }, data: { personId: kept.id } });
    return cases.map((c) => c.id);
  });
  const movedLinkRequestIds = await unsafeSystemStep(tx, actor, async () => {
    const requests = await tx.personLinkRequest.findMany({ where: { personId: away.id }, select: { id: true } });
    await tx.personLinkRequest.updateMany({ where: { personId: away.id }, data: { personId: kept.id } });
    return requests.map((r) => r.id);
  });
  const details = mergedDetails(kept, away, fromAway);
  await tx.person.update({
    where: { id: kept.id },
    data: { ...details, searchName: searchNameOf(details.givenName, details.familyName), version: { increment: 1 } },
    select: { id: true },
  });
  const merge = await tx.personMerge.create({
    data: {
      survivorId: kept.id, loserId: away.id, mergedById: actor.userId, mergedAt: now, movedCaseIds, movedLinkRequestIds,
      survivorBefore: snapshotOf(kept), fieldsFromLoser: fromAway, loserHouseholdId: away.householdId, loserRelationship: away.householdRelationship,
    },
    select: { id: true },
  });
  // The kept record's history: each field taken from the other record, and the merge itself.
  await tx.personChange.createMany({
    data: [
      ...fromAway.map((f) => ({ personId: kept.id, version: kept.version + 1, field: f, fromValue: shown(kept, f), toValue: shown(away, f), changedById: actor.userId })),
      { personId: kept.id, version: kept.version + 1, field: "merge", fromValue: null, toValue: `${away.givenName} ${away.familyName}, born ${away.dateOfBirth}`, changedById: actor.userId },
    ],
  });
  return { mergeId: merge.id, movedCases: movedCaseIds.length, movedLinkRequests: movedLinkRequestIds.length };
}

/** Which differing fields the merger chose from the record merged away; a field not chosen is an error. */
function choicesOf(kept: MergeRecord, away: MergeRecord, choices: Partial<Record<MergeField, "kept" | "away">>): { fromAway: MergeField[]; fieldErrors: FieldErrors } {
  const fieldErrors: FieldErrors = {};
  const fromAway: MergeField[] = [];
  for (const f of differingFields(kept, away)) {
    const choice = choices[f];
    if (!choice) fieldErrors[`choice-${f}`] = [`Choose which ${personFieldLabels[f].toLowerCase()} to keep`];
    if (choice === "away") fromAway.push(f);
  }
  return { fromAway, fieldErrors };
}

export async function mergePeople(actor: AccessActor, formData: FormData): Promise<MergeResult> {
  const values = mergeValuesOf(formData);
  const parsed = mergeSchema.safeParse({ ...values, choices: Object.fromEntries(Object.entries(values.choices).filter(([, v]) => v !== "")) });
  if (!parsed.success) {
    const failure = invalid(parsed.error, values);
    // Per-field choices are reported against their radios.
    return { ...failure, fieldErrors: Object.fromEntries(Object.entries(failure.fieldErrors).map(([k, v]) => [k === "choices" ? "choice-givenName" : k, v])) };
  }
  const input = parsed.data;
  const audit = { action: "person.merge", details: { mergedAwayId: input.awayId } };
  return asActor(actor, async (tx): Promise<MergeResult> => {
    const [keptFacts, awayFacts] = await unsafeSystemStep(tx, actor, async () => [
      isUuid(input.keptId) ? await unsafeLoadPersonFacts(tx, input.keptId) : null,
      isUuid(input.awayId) ? await unsafeLoadPersonFacts(tx, input.awayId) : null,
    ]);
    const decision = keptFacts && awayFacts ? decidePersonMerge(actor, keptFacts, awayFacts, await accessGroundsFor(tx, actor)) : { allowed: false, reasons: ["no such person"] };
    if (!decision.allowed) {
      await auditPersonAction(tx, actor, input.keptId, audit, "DENIED", decision.reasons);
      return formFailure(values, personNotFoundMessage);
    }
    const refuse = async (failure: FormFailure<MergeValues>) => {
      await auditPersonAction(tx, actor, input.keptId, audit, "REFUSED", [...decision.reasons, failure.formError ?? "a field to keep was not chosen"]);
      return failure;
    };
    if (!(await lockAtVersions(tx, [{ id: input.keptId, version: input.keptVersion }, { id: input.awayId, version: input.awayVersion }]))) {
      return refuse(formFailure(values, staleMergeMessage));
    }
    const [kept, away] = [await loadMergeRecord(tx, input.keptId), await loadMergeRecord(tx, input.awayId)];
    if (!kept || !away) return refuse(formFailure(values, staleMergeMessage));
    if (kept.mergedIntoId || away.mergedIntoId) return refuse(formFailure(values, alreadyMergedMessage));
    const { fromAway, fieldErrors } = choicesOf(kept, away, input.choices);
    if (Object.keys(fieldErrors).length > 0) return refuse({ ok: false, fieldErrors, values });
    const done = await mergeIn(tx, actor, kept, away, fromAway);
    await auditPersonAction(tx, actor, kept.id, { ...audit, details: { mergedAwayId: away.id, mergeId: done.mergeId, movedCases: done.movedCases, movedLinkRequests: done.movedLinkRequests, fieldsFromMergedAway: fromAway } }, "ALLOWED", decision.reasons);
    return { ok: true, keptId: kept.id, mergeId: done.mergeId };
  });
}
