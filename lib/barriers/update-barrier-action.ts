// Moves a barrier action on (open → in progress → done, or cancelled). Those responsible for the
// barrier may, and so may the person the action is given to.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { textOf } from "@/lib/forms/form-values";
import { type BarrierFormFailure } from "./barrier-form-state";
import { refusedBarrier } from "./barrier-form-failures";
import { inBarrierTransaction, isBarrierDenied } from "./barrier-transaction";
import { recordBarrierChange } from "./record-barrier-change";
import { barrierActionStatusSchema } from "./schemas";
import { formFailure, invalid } from "@/lib/forms/failures";

export type BarrierActionStatusValues = { actionId: string; status: string };

/** What was typed, as the form gives it back on any failure (an outage too). */
export function updateBarrierActionValuesOf(formData: FormData): BarrierActionStatusValues {
  return { actionId: textOf(formData, "actionId"), status: textOf(formData, "status") };
}

export async function updateBarrierAction(actor: AccessActor, barrierId: string, formData: FormData): Promise<{ ok: true } | BarrierFormFailure<BarrierActionStatusValues>> {
  const values = updateBarrierActionValuesOf(formData);
  const parsed = barrierActionStatusSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const result = await inBarrierTransaction(
    actor,
    barrierId,
    "updateAction",
    { recordType: "BarrierAction", recordId: input.actionId, details: { status: input.status } },
    async (tx) => {
      const action = await tx.barrierAction.findFirst({ where: { id: input.actionId, barrierId }, select: { status: true, description: true, ownerUserId: true } });
      if (!action) return formFailure(values, "Choose an action of this barrier", { actionId: ["Choose an action of this barrier"] });
      if (action.status === input.status) return { ok: true as const };
      const finished = input.status === "DONE" || input.status === "CANCELLED";
      await tx.barrierAction.update({ where: { id: input.actionId }, data: { status: input.status, completedAt: finished ? new Date() : null } });
      await recordBarrierChange(tx, actor, {
        barrierId,
        kind: "ACTION_UPDATED",
        note: action.description,
        details: { actionId: input.actionId, from: action.status, to: input.status },
        alsoNotify: [action.ownerUserId],
      });
      return { ok: true as const };
    },
    async (tx) => tx.barrierAction.findFirst({ where: { id: input.actionId, barrierId }, select: { ownerUserId: true } }),
  );
  return isBarrierDenied(result) ? refusedBarrier(result, values) : result;
}
