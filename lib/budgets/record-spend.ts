// Records spend on a case from a pooled budget of its place: a case action (recordSpend) through
// the access policy, written with its audit row in one transaction (inCaseTransaction). The
// budget row is locked before the check, so two workers spending the last £500 at once are
// served in turn and the second is told what is left; the database's CHECK is the backstop.
// Spend above the budget's threshold is committed and waits for a budget holder's decision.
import "server-only";
import { randomUUID } from "node:crypto";
import type { AccessActor } from "@/lib/access/case-policy";
import { inCaseTransaction, isDenied, refused } from "@/lib/cases/case-transaction";
import { createOnce } from "@/lib/cases/create-once";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { readDateParts, type DatePartsInput } from "@/lib/forms/date-parts";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { lockBudget } from "./lock-budget";
import { spendSchema } from "./schemas";
import { spendProblem } from "./spend-rules";
import { formFailure, invalid } from "@/lib/forms/failures";

export type SpendValues = {
  budgetId: string;
  intervention: string;
  description: string;
  amount: string;
  spentOn: DatePartsInput;
  clientRequestId: string;
};

export type SpendResult = { ok: true; needsApproval: boolean } | FormFailure<SpendValues>;

export function spendValuesOf(formData: FormData): SpendValues {
  return {
    budgetId: textOf(formData, "budgetId"),
    intervention: textOf(formData, "intervention"),
    description: textOf(formData, "description"),
    amount: textOf(formData, "amount"),
    spentOn: readDateParts(formData, "spentOn"),
    clientRequestId: textOf(formData, "clientRequestId"),
  };
}

export async function recordSpend(actor: AccessActor, caseId: string, formData: FormData): Promise<SpendResult> {
  const values = spendValuesOf(formData);
  const parsed = spendSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const spendId = randomUUID();
  const saved = await createOnce(
    {
      table: "BudgetSpend",
      actorId: actor.userId,
      values,
      saved: async () => {
        const saved = await unsafeAsSystem((tx) => tx.budgetSpend.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { id: true, recordedById: true } }));
        return saved && { id: saved.id, savedById: saved.recordedById };
      },
    },
    async (): Promise<SpendResult> => {
      const result = await inCaseTransaction(
        actor,
        caseId,
        "recordSpend",
        { recordType: "BudgetSpend", recordId: spendId, details: { budgetId: input.budgetId, amountPence: input.amount, intervention: input.intervention } },
        async (tx) => {
          const place = await tx.sharedCase.findUniqueOrThrow({ where: { id: caseId }, select: { neighbourhoodId: true, neighbourhood: { select: { localityId: true } } } });
          const budget = await lockBudget(tx, input.budgetId);
          if (!budget) return formFailure(values, "Choose the budget to pay from", { budgetId: ["Choose the budget to pay from"] });
          const problem = spendProblem(budget, { neighbourhoodId: place.neighbourhoodId, localityId: place.neighbourhood.localityId }, { amountPence: input.amount, spentOn: input.spentOn });
          if (problem) return formFailure(values, problem.message, { [problem.field]: [problem.message] });
          const needsApproval = input.amount > budget.approvalThresholdPence;
          await tx.budgetSpend.create({
            data: {
              id: spendId,
              budgetId: budget.id,
              caseId,
              neighbourhoodId: place.neighbourhoodId,
              intervention: input.intervention,
              description: input.description,
              amountPence: input.amount,
              spentOn: input.spentOn,
              needsApproval,
              recordedById: actor.userId,
              recordedByOrganisationId: actor.organisation.id,
              clientRequestId: input.clientRequestId,
            },
          });
          return { ok: true as const, needsApproval };
        },
      );
      return isDenied(result) ? refused(result, values) : result;
    },
  );
  // A replayed form: report what the first submission did.
  if (saved.ok && !("needsApproval" in saved)) {
    const first = await unsafeAsSystem((tx) => tx.budgetSpend.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { needsApproval: true } }));
    return { ok: true, needsApproval: first?.needsApproval ?? false };
  }
  return saved as SpendResult;
}
