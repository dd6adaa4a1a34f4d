// Records a new person. Likely duplicates the worker may see are offered first, with the reason
// they matched; the worker creates a new person only after confirming it is someone else.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { hasPermission } from "@/lib/auth/roles";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { duplicateReasons, searchNameOf } from "@/lib/domain/person-matching";
import { readDateParts, type DatePartsInput } from "@/lib/forms/date-parts";
import type { FieldErrors } from "@/lib/forms/form-state";
import { isUniqueViolation, textOf } from "@/lib/forms/form-values";
import { loadPeople, type PersonSummary } from "./queries";
import { personSchema, type PersonInput } from "./schemas";

export type PersonValues = {
  givenName: string;
  familyName: string;
  nhsNumber: string;
  addressLine1: string;
  town: string;
  postcode: string;
  clientRequestId: string;
  dateOfBirth: DatePartsInput;
};

export type CreatePersonResult =
  | { ok: true; personId: string }
  | { ok: false; fieldErrors: FieldErrors; formError?: string; values: PersonValues; duplicates?: (PersonSummary & { reasons: string[] })[] };

function valuesOf(formData: FormData): PersonValues {
  return {
    givenName: textOf(formData, "givenName"),
    familyName: textOf(formData, "familyName"),
    nhsNumber: textOf(formData, "nhsNumber"),
    addressLine1: textOf(formData, "addressLine1"),
    town: textOf(formData, "town"),
    postcode: textOf(formData, "postcode"),
    clientRequestId: textOf(formData, "clientRequestId"),
    dateOfBirth: readDateParts(formData, "dateOfBirth"),
  };
}

async function likelyDuplicates(actor: Actor, input: PersonInput) {
  const candidates = await loadPeople(actor, {
    OR: [
      ...(input.nhsNumber ? [{ nhsNumber: input.nhsNumber }] : []),
      { dateOfBirth: input.dateOfBirth },
    ],
  });
  return candidates
    .map((p) => ({ ...p, reasons: duplicateReasons(input, p) }))
    .filter((p) => p.reasons.length > 0);
}

async function householdFor(input: PersonInput) {
  if (!input.addressLine1 || !input.postcode) return null;
  const existing = await db.household.findFirst({
    where: { postcode: input.postcode, addressLine1: { equals: input.addressLine1, mode: "insensitive" } },
    select: { id: true },
  });
  if (existing) return existing.id;
  const created = await db.household.create({
    data: { addressLine1: input.addressLine1, town: input.town ?? "", postcode: input.postcode },
    select: { id: true },
  });
  return created.id;
}

export async function createPerson(actor: Actor, formData: FormData): Promise<CreatePersonResult> {
  const values = valuesOf(formData);
  if (!hasPermission(actor.roles, "cases.work")) {
    return { ok: false, fieldErrors: {}, formError: "Only frontline workers can record people", values };
  }
  const parsed = personSchema.safeParse({ ...values, confirmedNotDuplicate: textOf(formData, "confirmedNotDuplicate") === "yes" });
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  const input = parsed.data;

  const replay = await db.person.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { id: true, createdById: true } });
  if (replay?.createdById === actor.userId) return { ok: true, personId: replay.id };

  if (!input.confirmedNotDuplicate) {
    const duplicates = await likelyDuplicates(actor, input);
    if (duplicates.length > 0) return { ok: false, fieldErrors: {}, values, duplicates };
  }

  const householdId = await householdFor(input);
  try {
    const person = await db.$transaction(async (tx) => {
      const created = await tx.person.create({
        data: {
          givenName: input.givenName,
          familyName: input.familyName,
          searchName: searchNameOf(input.givenName, input.familyName),
          dateOfBirth: input.dateOfBirth,
          nhsNumber: input.nhsNumber,
          addressLine1: input.addressLine1,
          town: input.town,
          postcode: input.postcode,
          householdId,
          createdById: actor.userId,
          clientRequestId: input.clientRequestId,
        },
        select: { id: true },
      });
      await writeAuditEvent(tx, {
        actor: auditActorOf(actor),
        action: "person.create",
        recordType: "Person",
        recordId: created.id,
        reasons: ["frontline worker recording a new person"],
        details: { confirmedNotDuplicate: input.confirmedNotDuplicate },
      });
      return created;
    });
    return { ok: true, personId: person.id };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same form arrived twice at once: the first submission won.
    const winner = await db.person.findUniqueOrThrow({ where: { clientRequestId: input.clientRequestId }, select: { id: true } });
    return { ok: true, personId: winner.id };
  }
}
