// Records an outcome from the outcomes framework, with the date achieved and the evidence.
import "server-only";
import { randomUUID } from "node:crypto";
import type { AccessActor } from "@/lib/access/case-policy";
import { db } from "@/lib/db";
import { creditOutcomes } from "@/lib/ledger/credit-outcomes";
import { readDateParts, type DatePartsInput } from "@/lib/forms/date-parts";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { inCaseTransaction, isDenied } from "./case-transaction";
import { createOnce } from "./create-once";
import { formProblem, invalid, refused } from "./form-failure";
import { outcomeSchema } from "./schemas";

export type OutcomeValues = {
  outcomeTypeId: string;
  achievedOn: DatePartsInput;
  evidence: string;
  clientRequestId: string;
};

export async function recordOutcome(
  actor: AccessActor,
  caseId: string,
  formData: FormData,
): Promise<{ ok: true } | FormFailure<OutcomeValues>> {
  const values: OutcomeValues = {
    outcomeTypeId: textOf(formData, "outcomeTypeId"),
    achievedOn: readDateParts(formData, "achievedOn"),
    evidence: textOf(formData, "evidence"),
    clientRequestId: textOf(formData, "clientRequestId"),
  };
  const parsed = outcomeSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;

  const outcomeId = randomUUID();
  return createOnce(
    () => db.outcome.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { id: true } }),
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
            return formProblem("Choose an outcome from the list", values, {
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
}
