// Changes a budget's name and approval threshold, version-checked like case edits: if someone
// else saved meanwhile nothing is overwritten and what was typed is kept.
import "server-only";
import type { BudgetActor } from "@/lib/access/budget-policy";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { budgetNotFoundMessage, inBudgetTransaction, isBudgetDenied } from "./budget-transaction";
import { editBudgetSchema } from "./schemas";
import { formFailure, invalid } from "@/lib/forms/failures";

export type EditBudgetValues = { name: string; approvalThreshold: string; version: string };

export const budgetChangedMessage = "Someone else changed this budget while you were editing it. Its details are now shown; what you typed is still here. Save again to keep your version.";

/** What was typed, as the form gives it back on any failure (an outage too). */
export function updateBudgetValuesOf(formData: FormData): EditBudgetValues {
  return { name: textOf(formData, "name"), approvalThreshold: textOf(formData, "approvalThreshold"), version: textOf(formData, "version") };
}

export async function updateBudget(actor: BudgetActor, budgetId: string, formData: FormData): Promise<{ ok: true } | FormFailure<EditBudgetValues>> {
  const values = updateBudgetValuesOf(formData);
  const parsed = editBudgetSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const result = await inBudgetTransaction(actor, budgetId, "manage", { details: { fields: ["name", "approvalThreshold"] } }, async (tx) => {
    const updated = await tx.pooledBudget.updateMany({
      where: { id: budgetId, version: input.version },
      data: { name: input.name, approvalThresholdPence: input.approvalThreshold, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const now = await tx.pooledBudget.findUniqueOrThrow({ where: { id: budgetId }, select: { version: true } });
      return formFailure({ ...values, version: String(now.version) }, budgetChangedMessage);
    }
    return { ok: true as const };
  });
  return isBudgetDenied(result) ? formFailure(values, budgetNotFoundMessage) : result;
}
