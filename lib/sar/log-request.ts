// Logging a subject access request: the person (found by the officer's partnership-wide
// lookup), the date received, who checked the requester's identity and how. The due date is
// worked out (one calendar month, lib/domain/sar-due-date.ts). Audited as sar.create.
import "server-only";
import { decideSarWork } from "@/lib/access/sar-policy";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { asActor, unsafeSystemStep } from "@/lib/db/access-context";
import { sarDueOn } from "@/lib/domain/sar-due-date";
import { readDateParts, type DatePartsInput } from "@/lib/forms/date-parts";
import { fieldFailure, formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { logRequestSchema } from "./schemas";
import { sarNotFoundMessage } from "./sar-transaction";

export type LogRequestValues = { personId: string; receivedOn: DatePartsInput; identityCheckedBy: string; identityCheckMethod: string; clientRequestId: string };

export const logRequestValuesOf = (formData: FormData): LogRequestValues => ({
  personId: textOf(formData, "personId"),
  receivedOn: readDateParts(formData, "receivedOn"),
  identityCheckedBy: textOf(formData, "identityCheckedBy"),
  identityCheckMethod: textOf(formData, "identityCheckMethod"),
  clientRequestId: textOf(formData, "clientRequestId"),
});

export const onlyOfficers = "Only data-protection officers log subject access requests";

export async function logSubjectAccessRequest(actor: Actor, formData: FormData): Promise<CommandResult<LogRequestValues, { id: string }>> {
  const values = logRequestValuesOf(formData);
  const decision = decideSarWork(actor);
  if (!decision.allowed) {
    await asActor(actor, (tx) => writeAuditEvent(tx, { actor: auditActorOf(actor), action: "sar.create", outcome: "DENIED", recordType: "SubjectAccessRequest", reasons: decision.reasons }));
    return formFailure(values, onlyOfficers);
  }
  const parsed = logRequestSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const outcome = await asActor(actor, async (tx) => {
    // A double submit of the same form: the request it already logged.
    const already = await tx.subjectAccessRequest.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { id: true, loggedById: true } });
    if (already) return already.loggedById === actor.userId ? { id: already.id } : ("expired" as const);
    const person = await unsafeSystemStep(tx, actor, () => tx.person.findUnique({ where: { id: input.personId }, select: { id: true } }));
    if (!person) return "no-person" as const;
    const made = await tx.subjectAccessRequest.create({
      data: {
        organisationId: actor.organisation.id,
        personId: person.id,
        receivedOn: input.receivedOn,
        dueOn: sarDueOn(input.receivedOn),
        identityCheckedBy: input.identityCheckedBy,
        identityCheckMethod: input.identityCheckMethod,
        loggedById: actor.userId,
        clientRequestId: input.clientRequestId,
      },
      select: { id: true },
    });
    await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "sar.create", recordType: "SubjectAccessRequest", recordId: made.id, reasons: decision.reasons, details: { personId: person.id } });
    return made;
  });
  if (outcome === "no-person") return fieldFailure(values, "personId", "Choose the person the request is about");
  if (outcome === "expired") return formFailure(values, sarNotFoundMessage);
  return { ok: true, id: outcome.id };
}
