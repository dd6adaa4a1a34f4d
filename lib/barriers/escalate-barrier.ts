// Escalates a barrier one level up (neighbourhood → locality → partnership board), with the
// reason: responsibility moves to that level, where someone must accept it again. Everyone
// responsible there is told, and so are the raiser and the owner it leaves.
import "server-only";
import { nextLevel } from "@/lib/access/barrier-policy";
import type { AccessActor } from "@/lib/access/case-policy";
import { firstReviewDate } from "@/lib/domain/barrier-review";
import { textOf } from "@/lib/forms/form-values";
import { type BarrierFormFailure } from "./barrier-form-state";
import { personalDataFailure, refusedBarrier } from "./barrier-form-failures";
import { inBarrierTransaction, isBarrierDenied } from "./barrier-transaction";
import { escalationLevelLabels } from "./labels";
import { moveBarrier, movedMeanwhile } from "./move-barrier";
import { personalDataConfirmed, personalDataWarnings, visibleSubjectsOfBarrier } from "./personal-data-warnings";
import { recordBarrierChange } from "./record-barrier-change";
import { escalateBarrierSchema } from "./schemas";
import { invalid } from "@/lib/forms/failures";

export type EscalateValues = { reason: string; version: string };

/** What was typed, as the form gives it back on any failure (an outage too). */
export function escalateBarrierValuesOf(formData: FormData): EscalateValues {
  return { reason: textOf(formData, "reason"), version: textOf(formData, "version") };
}

export async function escalateBarrier(actor: AccessActor, barrierId: string, formData: FormData): Promise<{ ok: true } | BarrierFormFailure<EscalateValues>> {
  const values = escalateBarrierValuesOf(formData);
  const parsed = escalateBarrierSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const result = await inBarrierTransaction(actor, barrierId, "escalate", {}, async (tx, facts) => {
    const to = nextLevel(facts.level);
    if (!to) return movedMeanwhile(tx, barrierId, values, "Escalate it");
    if (!personalDataConfirmed(formData)) {
      const warnings = personalDataWarnings([{ field: "reason", label: "Why it needs to go further", text: input.reason }], await visibleSubjectsOfBarrier(tx, actor, barrierId));
      if (warnings.length > 0) return personalDataFailure(warnings, values);
    }
    const moved = await moveBarrier(tx, barrierId, input.version, {
      escalationLevel: to,
      status: "RAISED",
      ownerId: null,
      acceptedAt: null,
      escalatedAt: new Date(),
      reviewBy: firstReviewDate(),
    });
    if (!moved) return movedMeanwhile(tx, barrierId, values, `Escalate it to the ${escalationLevelLabels[to].toLowerCase()}`);
    await recordBarrierChange(tx, actor, {
      barrierId,
      kind: "ESCALATED",
      fromStatus: facts.status,
      toStatus: "RAISED",
      fromLevel: facts.level,
      toLevel: to,
      note: input.reason,
      alsoNotify: [facts.ownerId],
      notifyResponsible: true,
    });
    return { ok: true as const };
  });
  return isBarrierDenied(result) ? refusedBarrier(result, values) : result;
}
