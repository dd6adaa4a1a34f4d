// Reverses a spend entry that counted, by a second entry of the opposite amount on the same date
// with the reason: both rows stay, and the budget's balance is right again. Entries are never
// edited or deleted (the database refuses it). A case action (reverseSpend) like recording one.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { inCaseTransaction, isDenied, refused } from "@/lib/cases/case-transaction";
import { createOnce } from "@/lib/cases/create-once";
import { db } from "@/lib/db";
import { unsafeAsSystem } from "@/lib/db/access-context";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { lockBudget } from "./lock-budget";
import { reversalSchema } from "./schemas";
import { formFailure, invalid } from "@/lib/forms/failures";

export type ReversalValues = { reason: string; clientRequestId: string };

/** What was typed, as the form gives it back on any failure (an outage too). */
export function reverseSpendValuesOf(formData: FormData): ReversalValues {
  return { reason: textOf(formData, "reason"), clientRequestId: textOf(formData, "clientRequestId") };
}

export async function reverseSpend(actor: AccessActor, caseId: string, spendId: string, formData: FormData): Promise<{ ok: true } | FormFailure<ReversalValues>> {
  const values = reverseSpendValuesOf(formData);
  const parsed = reversalSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  return createOnce(
    {
      table: "BudgetSpend",
      actorId: actor.userId,
      values,
      saved: async () => {
        const saved = await unsafeAsSystem((tx) => tx.budgetSpend.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { id: true, recordedById: true } }));
        return saved && { id: saved.id, savedById: saved.recordedById };
      },
    },
    async () => {
      const result = await inCaseTransaction(actor, caseId, "reverseSpend", { recordType: "BudgetSpend", recordId: spendId }, async (tx) => {
        const original = await tx.budgetSpend.findFirst({
          where: { id: spendId, caseId },
          select: { id: true, budgetId: true, neighbourhoodId: true, intervention: true, description: true, amountPence: true, spentOn: true, reversesId: true, needsApproval: true, reversedBy: { select: { id: true } }, decision: { select: { decision: true } } },
        });
        if (!original || original.reversesId) return formFailure(values, "This spend entry cannot be found on the case");
        if (original.reversedBy) return formFailure(values, "This spend entry has already been reversed");
        if (original.needsApproval && original.decision?.decision !== "APPROVED") {
          return formFailure(values, original.decision ? "Declined spend was never spent, so there is nothing to reverse" : "This spend is waiting for approval: ask the budget holder to decline it instead");
        }
        await lockBudget(tx, original.budgetId);
        await tx.budgetSpend.create({
          data: {
            budgetId: original.budgetId,
            caseId,
            neighbourhoodId: original.neighbourhoodId,
            intervention: original.intervention,
            description: `Reversal: ${original.description}`.slice(0, 500),
            amountPence: -original.amountPence,
            spentOn: original.spentOn,
            reversesId: original.id,
            reason: input.reason,
            recordedById: actor.userId,
            recordedByOrganisationId: actor.organisation.id,
            clientRequestId: input.clientRequestId,
          },
        });
        return { ok: true as const };
      });
      return isDenied(result) ? refused(result, values) : result;
    },
  );
}
