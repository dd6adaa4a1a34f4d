// Records a new consent decision or lawful basis; the newest record is the one in force.
import "server-only";
import { randomUUID } from "node:crypto";
import type { AccessActor } from "@/lib/access/case-policy";
import { readDateParts, type DatePartsInput } from "@/lib/forms/date-parts";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { inCaseTransaction, isDenied, refused } from "./case-transaction";
import { formFailure, invalid } from "@/lib/forms/failures";
import { consentReviewDayFor } from "@/lib/consent/review-day";
import { consentSchema } from "./schemas";

export type ConsentValues = {
  consentStatus: string;
  consentDecidedOn: DatePartsInput;
  consentScope: string;
  lawfulBasis: string;
  lawfulBasisApprovedById: string;
  lawfulBasisNote: string;
  clientRequestId: string;
};

export function consentValuesOf(formData: FormData): ConsentValues {
  return {
    consentStatus: textOf(formData, "consentStatus"),
    consentDecidedOn: readDateParts(formData, "consentDecidedOn"),
    consentScope: textOf(formData, "consentScope"),
    lawfulBasis: textOf(formData, "lawfulBasis"),
    lawfulBasisApprovedById: textOf(formData, "lawfulBasisApprovedById"),
    lawfulBasisNote: textOf(formData, "lawfulBasisNote"),
    clientRequestId: textOf(formData, "clientRequestId"),
  };
}

export async function recordConsent(actor: AccessActor, caseId: string, formData: FormData): Promise<{ ok: true } | FormFailure<ConsentValues>> {
  const values = consentValuesOf(formData);
  const parsed = consentSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const recordId = randomUUID();
  const result = await inCaseTransaction(actor, caseId, "recordConsent", { recordType: "ConsentRecord", recordId, details: { status: input.consentStatus } }, async (tx, facts) => {
    if (input.lawfulBasisApprovedById) {
      const approver = await tx.user.findFirst({ where: { id: input.lawfulBasisApprovedById, organisationId: actor.organisation.id }, select: { id: true } });
      if (!approver) return formFailure(values, "Choose a person in your organisation", { lawfulBasisApprovedById: ["Choose a person in your organisation"] });
    }
    const latest = await tx.consentRecord.findFirst({
      where: { caseId },
      orderBy: { recordedAt: "desc" },
      select: { status: true, decidedOn: true, scope: true, lawfulBasis: true, lawfulBasisApprovedById: true },
    });
    const same =
      latest?.status === input.consentStatus &&
      latest.decidedOn?.getTime() === input.consentDecidedOn?.getTime() &&
      (latest.scope ?? "") === input.consentScope &&
      latest.lawfulBasis === input.lawfulBasis &&
      latest.lawfulBasisApprovedById === input.lawfulBasisApprovedById;
    // The same decision submitted twice (a double click) is recorded once.
    if (same) return { ok: true as const };
    // A lawful basis opens sharing only once its named approver confirms it (lib/consent/).
    const awaitsConfirmation = Boolean(input.lawfulBasis && input.lawfulBasisApprovedById && input.consentStatus !== "GIVEN");
    await tx.consentRecord.create({
      data: {
        id: recordId,
        caseId,
        status: input.consentStatus,
        decidedOn: input.consentDecidedOn,
        scope: input.consentScope || null,
        lawfulBasis: input.lawfulBasis,
        lawfulBasisApprovedById: input.lawfulBasisApprovedById,
        lawfulBasisNote: input.lawfulBasisNote || null,
        reviewOn: input.consentStatus === "GIVEN" || awaitsConfirmation ? await consentReviewDayFor(tx, facts, input.consentDecidedOn) : null,
        lawfulBasisAwaitsConfirmation: awaitsConfirmation,
        recordedById: actor.userId,
      },
    });
    if (awaitsConfirmation && input.lawfulBasisApprovedById) {
      await tx.notification.create({ data: { kind: "LAWFUL_BASIS_TO_CONFIRM", userId: input.lawfulBasisApprovedById, caseId } });
    }
    return { ok: true as const };
  });
  return isDenied(result) ? refused(result, values) : result;
}
