// A person's record as a merge compares and restores it: the fields a merge chooses between, each
// as text (dates YYYY-MM-DD), with the sealed NHS number kept for copying to the other record.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { HouseholdRelationship } from "@/lib/generated/prisma/enums";
import { openNhsNumber } from "./nhs-number-field";

/** The choices a merge offers, in the order the preview shows them. */
export const mergeFields = ["givenName", "familyName", "dateOfBirth", "nhsNumber", "addressLine1", "town", "postcode", "household"] as const;
export type MergeField = (typeof mergeFields)[number];

export type MergeRecord = {
  id: string;
  version: number;
  mergedIntoId: string | null;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  nhsNumber: string | null;
  nhsNumberCiphertext: string | null;
  nhsNumberHash: string | null;
  addressLine1: string | null;
  town: string | null;
  postcode: string | null;
  householdId: string | null;
  householdRelationship: HouseholdRelationship | null;
  householdAddress: string | null;
};

export async function loadMergeRecord(tx: Tx, personId: string): Promise<MergeRecord | null> {
  const p = await tx.person.findUnique({
    where: { id: personId },
    select: {
      id: true, version: true, mergedIntoId: true, givenName: true, familyName: true, dateOfBirth: true, nhsNumberCiphertext: true, nhsNumberHash: true,
      addressLine1: true, town: true, postcode: true, householdId: true, householdRelationship: true,
      household: { select: { addressLine1: true, town: true, postcode: true } },
    },
  });
  if (!p) return null;
  const { household, dateOfBirth, ...rest } = p;
  return {
    ...rest,
    dateOfBirth: dateOfBirth.toISOString().slice(0, 10),
    nhsNumber: openNhsNumber(p.id, p.nhsNumberCiphertext),
    householdAddress: household ? [household.addressLine1, household.town, household.postcode].filter(Boolean).join(", ") : null,
  };
}

/** A field's value as the merge compares it (a household by its id). */
export function mergeValueOf(record: MergeRecord, field: MergeField): string | null {
  return field === "household" ? record.householdId : record[field];
}

/** The fields on which the two records differ: the merger chooses each of these. */
export function differingFields(kept: MergeRecord, away: MergeRecord): MergeField[] {
  return mergeFields.filter((f) => (mergeValueOf(kept, f) ?? "") !== (mergeValueOf(away, f) ?? ""));
}
