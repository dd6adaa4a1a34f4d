// Moves a case through open → active → on hold → closed (with a closure reason), or reopens
// it with a reason. Guarded by the case version like any edit.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { canMoveTo, needsReason } from "@/lib/domain/case-status";
import { caseStatusLabels } from "@/lib/domain/labels";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { inCaseTransaction, isDenied, refused } from "./case-transaction";
import { formFailure, invalid } from "@/lib/forms/failures";
import { statusChangeSchema } from "./schemas";
import { conflictMessage } from "./update-case-details";

export type StatusValues = { status: string; reason: string; closureReason: string; version: string };

export function statusValuesOf(formData: FormData): StatusValues {
  return {
    status: textOf(formData, "status"),
    reason: textOf(formData, "reason"),
    closureReason: textOf(formData, "closureReason"),
    version: textOf(formData, "version"),
  };
}

export async function changeCaseStatus(actor: AccessActor, caseId: string, formData: FormData): Promise<{ ok: true } | FormFailure<StatusValues>> {
  const values = statusValuesOf(formData);
  const parsed = statusChangeSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const action = input.status === "CLOSED" ? "close" : "edit";
  const result = await inCaseTransaction(actor, caseId, action, { details: { toStatus: input.status } }, async (tx, facts) => {
    if (!canMoveTo(facts.status, input.status)) {
      return formFailure(values, `A case that is ${caseStatusLabels[facts.status].toLowerCase()} cannot become ${caseStatusLabels[input.status].toLowerCase()}`, {
        status: ["Choose one of the statuses offered"],
      });
    }
    if (needsReason(facts.status, input.status) && !input.reason) {
      return formFailure(values, "Enter why the case is being reopened", { reason: ["Enter why the case is being reopened"] });
    }
    const closing = input.status === "CLOSED";
    const updated = await tx.sharedCase.updateMany({
      where: { id: caseId, version: input.version },
      data: {
        status: input.status,
        closureReason: closing ? input.closureReason : null,
        closedAt: closing ? new Date() : null,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) {
      return {
        ...formFailure(values, conflictMessage),
        conflict: [{ label: "Status", now: caseStatusLabels[facts.status], yours: caseStatusLabels[input.status] }],
      };
    }
    await tx.caseStatusChange.create({
      data: {
        caseId,
        fromStatus: facts.status,
        toStatus: input.status,
        reason: input.reason || null,
        closureReason: closing ? input.closureReason : null,
        changedById: actor.userId,
      },
    });
    return { ok: true as const };
  });
  return isDenied(result) ? refused(result, values) : result;
}
