// Records a new person. Likely duplicates the worker may see are offered first, with the reason
// they matched; the worker creates a new person only after confirming it is someone else.
import "server-only";
import { randomUUID } from "node:crypto";
import { asActor, unsafeAsSystem, unsafeSystemStep } from "@/lib/db/access-context";
import type { Actor } from "@/lib/auth/actor";
import { hasPermission } from "@/lib/auth/roles";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { duplicateReasons, searchNameOf } from "@/lib/domain/person-matching";
import { readDateParts, type DatePartsInput } from "@/lib/forms/date-parts";
import type { FieldErrors } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { formExpired, formFailure, invalid } from "@/lib/forms/failures";
import { createOnce } from "@/lib/cases/create-once";
import type { Tx } from "@/lib/db/create-client";
import { loadPeopleByName, loadPeopleIn, type PersonSummary } from "./queries";
import { maxNameWords } from "./search-terms";
import { personSchema, type PersonInput } from "./schemas";
import { nhsNumberLookup, sealNhsNumber } from "./nhs-number-field";
import { heldElsewhere, type HeldElsewhere } from "./duplicates-elsewhere";

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
  | { ok: false; fieldErrors: FieldErrors; formError?: string; values: PersonValues; duplicates?: (PersonSummary & { reasons: string[] })[]; heldElsewhere?: HeldElsewhere[] };

export function personValuesOf(formData: FormData): PersonValues {
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

/**
 * People the worker may see who may be the one being recorded: the same NHS number, or the same
 * date of birth with a name the person search matches (typos, swapped letters, accents, Mc/Mac)
 * or the same postcode. One transaction, each part an indexed query.
 */
async function likelyDuplicates(actor: Actor, input: PersonInput) {
  const words = searchNameOf(input.givenName, input.familyName).split(" ").filter(Boolean).slice(0, maxNameWords);
  return asActor(actor, async (tx) => {
    const byName = await loadPeopleByName(tx, actor, { words, dateOfBirth: input.dateOfBirth, postcode: null });
    const sameNumberOrAddress = [
      ...(input.nhsNumber ? [{ nhsNumberHash: nhsNumberLookup(input.nhsNumber) }] : []),
      ...(input.postcode ? [{ dateOfBirth: input.dateOfBirth, postcode: input.postcode }] : []),
    ];
    const byNumberOrAddress = sameNumberOrAddress.length > 0 ? await loadPeopleIn(tx, actor, { OR: sameNumberOrAddress }, 50) : [];
    const nameMatched = new Set(byName.map((p) => p.id));
    const candidates = [...byName, ...byNumberOrAddress.filter((p) => !nameMatched.has(p.id))];
    const duplicates = candidates
      .map((p) => ({ ...p, reasons: duplicateReasons(input, p, nameMatched.has(p.id)) }))
      .filter((p) => p.reasons.length > 0);
    // People it may not see: only which organisation holds them (lib/people/duplicates-elsewhere.ts).
    return { duplicates, heldElsewhere: await heldElsewhere(tx, actor, input) };
  });
}

/**
 * The household at the person's address, joined or created in the person's transaction, so a
 * household never exists without the person who brought it, and both are audited together.
 */
async function householdFor(tx: Tx, actor: Actor, input: PersonInput): Promise<string | null> {
  const { addressLine1, postcode } = input;
  if (!addressLine1 || !postcode) return null;
  // The household at that address may have been recorded by another organisation: found across
  // organisations, yielding only its id (the worker sees it only through people they may see).
  const existing = await unsafeSystemStep(tx, actor, () =>
    tx.household.findFirst({
      where: { postcode, addressLine1: { equals: addressLine1, mode: "insensitive" } },
      select: { id: true },
    }),
  );
  // createMany, not create: a household nobody lives in yet is not one the worker may read back.
  const household = existing ?? { id: randomUUID() };
  if (!existing) {
    await tx.household.createMany({ data: [{ id: household.id, addressLine1, town: input.town ?? "", postcode }] });
  }
  await writeAuditEvent(tx, {
    actor: auditActorOf(actor),
    action: existing ? "household.join" : "household.create",
    recordType: "Household",
    recordId: household.id,
    reasons: [existing ? "a new person recorded at the household's address" : "a new person recorded at an address with no household yet"],
  });
  return household.id;
}

export async function createPerson(actor: Actor, formData: FormData): Promise<CreatePersonResult> {
  const values = personValuesOf(formData);
  if (!hasPermission(actor.roles, "cases.work")) {
    return formFailure(values, "Only frontline workers can record people");
  }
  const parsed = personSchema.safeParse({ ...values, confirmedNotDuplicate: textOf(formData, "confirmedNotDuplicate") === "yes" });
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;

  const request = {
    table: "Person",
    actorId: actor.userId,
    values,
    saved: async () => {
      const saved = await unsafeAsSystem((tx) => tx.person.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { id: true, createdById: true } }));
      return saved && { id: saved.id, savedById: saved.createdById };
    },
  };
  const replay = await request.saved();
  if (replay) return replay.savedById === actor.userId ? { ok: true, personId: replay.id } : formFailure(values, formExpired);

  if (!input.confirmedNotDuplicate) {
    const { duplicates, heldElsewhere } = await likelyDuplicates(actor, input);
    if (duplicates.length > 0 || heldElsewhere.length > 0) return { ok: false, fieldErrors: {}, values, duplicates, heldElsewhere };
  }

  const created = await createOnce(request, () =>
    asActor(actor, async (tx) => {
      // The id is chosen here: the NHS number's ciphertext is bound to it.
      const personId = randomUUID();
      const person = await tx.person.create({
        data: {
          id: personId,
          givenName: input.givenName,
          familyName: input.familyName,
          searchName: searchNameOf(input.givenName, input.familyName),
          dateOfBirth: input.dateOfBirth,
          ...sealNhsNumber(personId, input.nhsNumber),
          addressLine1: input.addressLine1,
          town: input.town,
          postcode: input.postcode,
          householdId: await householdFor(tx, actor, input),
          createdById: actor.userId,
          clientRequestId: input.clientRequestId,
        },
        select: { id: true },
      });
      await writeAuditEvent(tx, {
        actor: auditActorOf(actor),
        action: "person.create",
        recordType: "Person",
        recordId: person.id,
        reasons: ["frontline worker recording a new person"],
        details: { confirmedNotDuplicate: input.confirmedNotDuplicate },
      });
      return { ok: true as const, id: person.id };
    }),
  );
  return created.ok ? { ok: true, personId: created.id } : created;
}
