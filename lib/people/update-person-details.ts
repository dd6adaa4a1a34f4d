// Edits a person's details. The form carries the version it was loaded at; if someone else saved
// meanwhile, nothing is overwritten: the user is shown what changed and keeps what they typed.
// Each changed field is kept in the person's history (an NHS number only as "changed").
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import type { Tx } from "@/lib/db/create-client";
import { searchNameOf } from "@/lib/domain/person-matching";
import { formatDate } from "@/lib/domain/london-time";
import { readDateParts, type DatePartsInput } from "@/lib/forms/date-parts";
import { formFailure, invalid } from "@/lib/forms/failures";
import type { ConflictChange, FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { openNhsNumber, sealNhsNumber } from "./nhs-number-field";
import { personFieldLabels } from "./person-fields";
import { personDetailsSchema, type PersonDetailsInput } from "./person-record-schemas";
import { inPersonTransaction, isPersonDenied, personNotFoundMessage, type PersonWriteDone } from "./person-transaction";

export type PersonDetailsValues = {
  givenName: string;
  familyName: string;
  dateOfBirth: DatePartsInput;
  nhsNumber: string;
  addressLine1: string;
  town: string;
  postcode: string;
  version: string;
};

export const personConflictMessage =
  "Someone else changed this person's details while you were editing them. Check what changed below; what you typed is still here. Save again to keep your version.";

export function personDetailsValuesOf(formData: FormData): PersonDetailsValues {
  const t = (name: string) => textOf(formData, name);
  return {
    givenName: t("givenName"),
    familyName: t("familyName"),
    dateOfBirth: readDateParts(formData, "dateOfBirth"),
    nhsNumber: t("nhsNumber"),
    addressLine1: t("addressLine1"),
    town: t("town"),
    postcode: t("postcode"),
    version: t("version"),
  };
}

type Stored = { givenName: string; familyName: string; dateOfBirth: Date; nhsNumber: string | null; addressLine1: string | null; town: string | null; postcode: string | null };

const day = (date: Date) => date.toISOString().slice(0, 10);

async function storedPerson(tx: Tx, personId: string): Promise<Stored & { version: number }> {
  const p = await tx.person.findUniqueOrThrow({
    where: { id: personId },
    select: { givenName: true, familyName: true, dateOfBirth: true, nhsNumberCiphertext: true, addressLine1: true, town: true, postcode: true, version: true },
  });
  const { nhsNumberCiphertext, ...rest } = p;
  return { ...rest, nhsNumber: openNhsNumber(personId, nhsNumberCiphertext) };
}

/** Field by field, what the save changes: [field, from, to] (dates as YYYY-MM-DD). */
function changesOf(before: Stored, input: PersonDetailsInput): { field: keyof Stored; from: string | null; to: string | null }[] {
  const pairs: [keyof Stored, string | null, string | null][] = [
    ["givenName", before.givenName, input.givenName],
    ["familyName", before.familyName, input.familyName],
    ["dateOfBirth", day(before.dateOfBirth), day(input.dateOfBirth)],
    ["nhsNumber", before.nhsNumber, input.nhsNumber],
    ["addressLine1", before.addressLine1, input.addressLine1],
    ["town", before.town, input.town],
    ["postcode", before.postcode, input.postcode],
  ];
  return pairs.filter(([, from, to]) => (from ?? "") !== (to ?? "")).map(([field, from, to]) => ({ field, from, to }));
}

function conflictOf(now: Stored, values: PersonDetailsValues, input: PersonDetailsInput): ConflictChange[] {
  return changesOf(now, input).map(({ field, from }) => ({
    label: personFieldLabels[field],
    now: field === "dateOfBirth" ? formatDate(now.dateOfBirth) : (from ?? "(none)"),
    yours: field === "dateOfBirth" ? `${values.dateOfBirth.day}/${values.dateOfBirth.month}/${values.dateOfBirth.year}` : (values[field] || "(none)"),
  }));
}

export async function updatePersonDetails(actor: AccessActor, personId: string, formData: FormData): Promise<PersonWriteDone | FormFailure<PersonDetailsValues>> {
  const values = personDetailsValuesOf(formData);
  const parsed = personDetailsSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const result = await inPersonTransaction(actor, personId, { action: "person.update" }, async (tx) => {
    const before = await storedPerson(tx, personId);
    const changes = changesOf(before, input);
    const updated = await tx.person.updateMany({
      where: { id: personId, version: input.version },
      data: {
        givenName: input.givenName,
        familyName: input.familyName,
        searchName: searchNameOf(input.givenName, input.familyName),
        dateOfBirth: input.dateOfBirth,
        ...(changes.some((c) => c.field === "nhsNumber") ? sealNhsNumber(personId, input.nhsNumber) : {}),
        addressLine1: input.addressLine1,
        town: input.town,
        postcode: input.postcode,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) {
      return { ...formFailure({ ...values, version: String(before.version) }, personConflictMessage), conflict: conflictOf(before, values, input) };
    }
    // The history never holds an NHS number in clear: only that it changed.
    await tx.personChange.createMany({
      data: changes.map((c) => ({
        personId,
        version: input.version + 1,
        field: c.field,
        fromValue: c.field === "nhsNumber" ? null : c.from,
        toValue: c.field === "nhsNumber" ? null : c.to,
        changedById: actor.userId,
      })),
    });
    return { ok: true as const, auditDetails: { fields: changes.map((c) => c.field) } };
  });
  if (isPersonDenied(result)) return formFailure(values, personNotFoundMessage);
  return result;
}
