// Moves an action on (in progress, done, cancelled) or back to open.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { inCaseTransaction, isDenied, refused } from "./case-transaction";
import { formFailure, invalid } from "@/lib/forms/failures";
import { actionStatusSchema } from "./schemas";

export type ActionStatusValues = { actionId: string; status: string };

export function actionStatusValuesOf(formData: FormData): ActionStatusValues {
  return { actionId: textOf(formData, "actionId"), status: textOf(formData, "status") };
}

export async function updateActionStatus(
  actor: AccessActor,
  caseId: string,
  formData: FormData,
): Promise<{ ok: true } | FormFailure<ActionStatusValues>> {
  const values = actionStatusValuesOf(formData);
  const parsed = actionStatusSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const { actionId, status } = parsed.data;
  const result = await inCaseTransaction(actor, caseId, "updateAction", { recordType: "CaseAction", recordId: actionId, details: { status } }, async (tx) => {
    const updated = await tx.caseAction.updateMany({
      where: { id: actionId, caseId },
      data: { status, completedAt: status === "DONE" ? new Date() : null },
    });
    return updated.count === 1 ? { ok: true as const } : formFailure(values, "That action is not on this case");
  });
  return isDenied(result) ? refused(result, values) : result;
}
