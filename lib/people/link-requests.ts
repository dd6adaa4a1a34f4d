// Request-to-link: a worker told "a record that may be this person is held by <organisation>"
// asks that organisation, with what they typed and why; a worker of the holder who may see the
// person accepts or declines, with a reason. Accepting means the holder agrees it is the same
// person and the requester is given the name and email of the worker who accepted, so the two
// organisations work on the holder's record (e.g. the holder refers the case to the requester's
// organisation, which then sees the person through that case) instead of a duplicate being made.
// It opens no record by itself: who sees a person stays with the person policy. Declining tells
// the requester only "declined". One open request per requester per person; both ways audited.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { auditPersonAction, decideForPerson } from "@/lib/access/authorize-person";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { hasPermission } from "@/lib/auth/roles";
import { asActor, unsafeAsSystem, unsafeSystemStep } from "@/lib/db/access-context";
import { readDateParts, type DatePartsInput } from "@/lib/forms/date-parts";
import { isUniqueViolationOn, uniqueViolation } from "@/lib/forms/database-errors";
import { formExpired, formFailure, invalid } from "@/lib/forms/failures";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { unsafeMatchesHeldElsewhere } from "./duplicates-elsewhere";
import { answerLinkRequestSchema, sendLinkRequestSchema } from "./merge-schemas";

export type LinkRequestValues = { givenName: string; familyName: string; dateOfBirth: DatePartsInput; nhsNumber: string; postcode: string; holderOrganisationId: string; reason: string; clientRequestId: string };
export type AnswerValues = { requestId: string; answer: string; answerReason: string };

export const alreadyAskedMessage = "You have already asked this organisation about this record. You will see their answer under Requests you sent.";
export const noLongerHeldMessage = "That organisation no longer holds a record matching these details. Check the details, then continue recording the person.";
export const requestNotFoundMessage = "This request cannot be found, or it is not for your organisation.";
export const alreadyAnsweredMessage = "This request has already been answered.";

export function linkRequestValuesOf(formData: FormData): LinkRequestValues {
  const t = (name: string) => textOf(formData, name);
  return { givenName: t("givenName"), familyName: t("familyName"), dateOfBirth: readDateParts(formData, "dateOfBirth"), nhsNumber: t("nhsNumber"), postcode: t("postcode"), holderOrganisationId: t("holderOrganisationId"), reason: t("reason"), clientRequestId: t("clientRequestId") };
}

export const answerValuesOf = (formData: FormData): AnswerValues => ({ requestId: textOf(formData, "requestId"), answer: textOf(formData, "answer"), answerReason: textOf(formData, "answerReason") });

const isOpenRequestClash = (error: unknown) => uniqueViolation(error)?.index === "PersonLinkRequest_one_open_per_requester" || isUniqueViolationOn(error, "PersonLinkRequest", "requestedById", "personId");

export async function sendLinkRequest(actor: AccessActor, formData: FormData): Promise<{ ok: true; requestIds: string[] } | FormFailure<LinkRequestValues>> {
  const values = linkRequestValuesOf(formData);
  if (!hasPermission(actor.roles, "cases.work")) return formFailure(values, "Only frontline workers can ask about people");
  const parsed = sendLinkRequestSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  // Looked up across organisations, as createOnce does: it yields only ids and who sent them.
  const savedUnder = () => unsafeAsSystem((tx) => tx.personLinkRequest.findMany({ where: { clientRequestId: input.clientRequestId }, select: { id: true, requestedById: true } }));
  const replay = await savedUnder();
  if (replay.length > 0) return replay[0].requestedById === actor.userId ? { ok: true, requestIds: replay.map((r) => r.id) } : formFailure(values, formExpired);
  try {
    return await asActor(actor, async (tx) => {
      const matches = (await unsafeMatchesHeldElsewhere(tx, input)).filter((m) => m.holderOrganisationId === input.holderOrganisationId);
      if (matches.length === 0) {
        await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "person.linkRequest", outcome: "REFUSED", recordType: "Organisation", recordId: input.holderOrganisationId, reasons: ["no record held by that organisation matches"] });
        return formFailure(values, noLongerHeldMessage);
      }
      const open = await unsafeSystemStep(tx, actor, () =>
        tx.personLinkRequest.count({ where: { requestedById: actor.userId, personId: { in: matches.map((m) => m.personId) }, status: "OPEN" } }),
      );
      if (open > 0) {
        await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "person.linkRequest", outcome: "REFUSED", recordType: "Organisation", recordId: input.holderOrganisationId, reasons: ["an open request for this record already exists"] });
        return formFailure(values, alreadyAskedMessage);
      }
      // The first match only: the request's key is one per form. What was typed goes to the holder
      // (an NHS number only as whether one was given: the holder compares by the lookup match).
      const [match] = matches;
      const created = await tx.personLinkRequest.create({
        data: {
          personId: match.personId,
          requestedById: actor.userId,
          requesterOrganisationId: actor.organisation.id,
          holderOrganisationId: input.holderOrganisationId,
          typedDetails: { givenName: input.givenName, familyName: input.familyName, dateOfBirth: input.dateOfBirth.toISOString().slice(0, 10), postcode: input.postcode, nhsNumberGiven: input.nhsNumber !== null },
          reason: input.reason,
          clientRequestId: input.clientRequestId,
        },
        select: { id: true },
      });
      await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "person.linkRequest", recordType: "PersonLinkRequest", recordId: created.id, reasons: ["asking the organisation holding a record that may be the person"], details: { holderOrganisationId: input.holderOrganisationId } });
      return { ok: true as const, requestIds: [created.id] };
    });
  } catch (error) {
    if (isOpenRequestClash(error)) return formFailure(values, alreadyAskedMessage);
    if (isUniqueViolationOn(error, "PersonLinkRequest", "clientRequestId")) {
      const saved = await savedUnder();
      if (saved.length > 0 && saved[0].requestedById === actor.userId) return { ok: true, requestIds: saved.map((r) => r.id) };
    }
    throw error;
  }
}

export async function answerLinkRequest(actor: AccessActor, formData: FormData): Promise<{ ok: true } | FormFailure<AnswerValues>> {
  const values = answerValuesOf(formData);
  const parsed = answerLinkRequestSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  return asActor(actor, async (tx) => {
    const request = await unsafeSystemStep(tx, actor, () =>
      tx.personLinkRequest.findUnique({ where: { id: input.requestId }, select: { id: true, personId: true, holderOrganisationId: true, status: true } }),
    );
    const audit = { action: "person.linkRequest.answer", recordType: "PersonLinkRequest", recordId: input.requestId, details: { answer: input.answer } };
    // Answered by a worker of the holding organisation who may see the person.
    const authorisation = request && request.holderOrganisationId === actor.organisation.id ? await decideForPerson(tx, actor, request.personId, "view") : null;
    if (!request || !authorisation?.allowed) {
      await auditPersonAction(tx, actor, request?.personId ?? input.requestId, audit, "DENIED", authorisation?.decision.reasons ?? ["the request is not for their organisation, or does not exist"]);
      return formFailure(values, requestNotFoundMessage);
    }
    const updated = await tx.personLinkRequest.updateMany({
      where: { id: request.id, status: "OPEN" },
      data: { status: input.answer, answeredById: actor.userId, answerReason: input.answerReason, answeredAt: new Date() },
    });
    if (updated.count === 0) {
      await auditPersonAction(tx, actor, request.personId, audit, "REFUSED", [...authorisation.decision.reasons, alreadyAnsweredMessage]);
      return formFailure(values, alreadyAnsweredMessage);
    }
    await auditPersonAction(tx, actor, request.personId, audit, "ALLOWED", authorisation.decision.reasons);
    return { ok: true as const };
  });
}
