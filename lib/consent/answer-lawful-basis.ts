// The named approver confirms or declines a lawful basis for sharing without consent. Only they
// may, and only while it is the case's record in force and still awaits them; confirming opens
// sharing (consent-state.ts), declining keeps partners suspended. Audited either way, in the
// same transaction; the lead professional is told.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { asActor } from "@/lib/db/access-context";
import { formFailure, invalid } from "@/lib/forms/failures";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { lawfulBasisAnswerSchema, type LawfulBasisAnswerValues } from "./schemas";

export const notYoursToAnswer = "This lawful basis is not waiting for your confirmation. It may have been answered, or replaced by a newer consent decision.";

export function lawfulBasisAnswerValuesOf(formData: FormData): LawfulBasisAnswerValues {
  return { consentRecordId: textOf(formData, "consentRecordId"), answer: textOf(formData, "answer"), declineReason: textOf(formData, "declineReason") };
}

export async function answerLawfulBasis(
  actor: AccessActor,
  formData: FormData,
  now: Date = new Date(),
): Promise<{ ok: true; caseId: string; answer: "CONFIRM" | "DECLINE" } | FormFailure<LawfulBasisAnswerValues>> {
  const values = lawfulBasisAnswerValuesOf(formData);
  const parsed = lawfulBasisAnswerSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const { consentRecordId, answer, declineReason } = parsed.data;
  return asActor(actor, async (tx) => {
    const record = await tx.consentRecord.findUnique({
      where: { id: consentRecordId },
      select: { id: true, caseId: true, lawfulBasisApprovedById: true, lawfulBasisAwaitsConfirmation: true, case: { select: { leadProfessionalId: true } } },
    });
    const newest = record
      ? await tx.consentRecord.findFirst({ where: { caseId: record.caseId }, orderBy: [{ recordedAt: "desc" }, { id: "desc" }], select: { id: true } })
      : null;
    const audit = (outcome: "ALLOWED" | "DENIED", reasons: string[]) =>
      writeAuditEvent(tx, {
        actor: auditActorOf(actor),
        action: answer === "CONFIRM" ? "consent.confirmLawfulBasis" : "consent.declineLawfulBasis",
        outcome,
        recordType: "ConsentRecord",
        recordId: consentRecordId,
        caseId: record?.caseId,
        reasons,
      });
    const mine = record && record.lawfulBasisApprovedById === actor.userId && record.lawfulBasisAwaitsConfirmation && newest?.id === record.id;
    if (!record || !mine) {
      await audit("DENIED", [record ? "the lawful basis does not await this user's confirmation" : "no such consent record"]);
      return formFailure(values, notYoursToAnswer);
    }
    // Only the row still awaiting is changed: a second answer (a double click) changes nothing.
    const changed = await tx.consentRecord.updateMany({
      where: { id: record.id, lawfulBasisAwaitsConfirmation: true },
      data:
        answer === "CONFIRM"
          ? { lawfulBasisAwaitsConfirmation: false, lawfulBasisConfirmedAt: now }
          : { lawfulBasisAwaitsConfirmation: false, lawfulBasisDeclinedAt: now, lawfulBasisDeclineReason: declineReason },
    });
    if (changed.count === 0) {
      await audit("DENIED", ["the lawful basis was answered already"]);
      return formFailure(values, notYoursToAnswer);
    }
    await audit("ALLOWED", [answer === "CONFIRM" ? "the named approver confirmed the lawful basis" : `the named approver declined the lawful basis: ${declineReason}`]);
    await tx.notification.create({ data: { kind: "LAWFUL_BASIS_ANSWERED", userId: record.case.leadProfessionalId, caseId: record.caseId } });
    return { ok: true as const, caseId: record.caseId, answer };
  });
}
