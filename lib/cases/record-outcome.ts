// Records an outcome from the outcomes framework, with the date achieved and the evidence.
import "server-only";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { randomUUID } from "node:crypto";
import type { AccessActor } from "@/lib/access/case-policy";
import { db } from "@/lib/db";
import { creditOutcomes } from "@/lib/ledger/credit-outcomes";
import { readDateParts, type DatePartsInput } from "@/lib/forms/date-parts";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { inCaseTransaction, isDenied, refused } from "./case-transaction";
import { createOnce } from "./create-once";
import { formFailure, invalid } from "@/lib/forms/failures";
import { outcomeSchema } from "./schemas";

export type OutcomeValues = {
  outcomeTypeId: string;
  achievedOn: DatePartsInput;
  evidence: string;
  clientRequestId: string;
};

export function outcomeValuesOf(formData: FormData): OutcomeValues {
  return {
    outcomeTypeId: textOf(formData, "outcomeTypeId"),
    achievedOn: readDateParts(formData, "achievedOn"),
    evidence: textOf(formData, "evidence"),
    clientRequestId: textOf(formData, "clientRequestId"),
  };
}

export async function recordOutcome(
  actor: AccessActor,
  caseId: string,
  formData: FormData,
): Promise<{ ok: true } | FormFailure<OutcomeValues>> {
  const values = outcomeValuesOf(formData);
  const parsed = outcomeSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;

  const outcomeId = randomUUID();
  const result = await createOnce(
    {
      table: "Outcome",
      actorId: actor.userId,
      values,
      saved: async () => {
        const saved = await unsafeAsSystem((tx) => tx.outcome.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { id: true, recordedById: true } }));
        return saved && { id: saved.id, savedById: saved.recordedById };
      },
    },
    async () => {
      const result = await inCaseTransaction(
        actor,
        caseId,
        "recordOutcome",
        { recordType: "Outcome", recordId: outcomeId },
        async (tx) => {
          const type = await tx.outcomeType.findFirst({
            where: { id: input.outcomeTypeId, active: true },
            select: { id: true },
          });
          if (!type)
            return formFailure(values, "Choose an outcome from the list", {
              outcomeTypeId: ["Choose an outcome from the list"],
            });
          await tx.outcome.create({
            data: {
              id: outcomeId,
              caseId,
              outcomeTypeId: input.outcomeTypeId,
              achievedOn: input.achievedOn,
              evidence: input.evidence,
              recordedById: actor.userId,
              clientRequestId: input.clientRequestId,
            },
          });
          await creditOutcomes(tx, [outcomeId]);
          return { ok: true as const };
        },
      );
      return isDenied(result) ? refused(result, values) : result;
    },
  );
  return result.ok ? { ok: true } : result;
}
