// Closes a barrier: resolved, with what was agreed or changed, or "cannot be resolved", with
// the reason. Only its owner's level may close it, once accepted.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { textOf } from "@/lib/forms/form-values";
import { type BarrierFormFailure } from "./barrier-form-state";
import { personalDataFailure, refusedBarrier } from "./barrier-form-failures";
import { inBarrierTransaction, isBarrierDenied } from "./barrier-transaction";
import { moveBarrier, movedMeanwhile } from "./move-barrier";
import { personalDataConfirmed, personalDataWarnings, visibleSubjectsOfBarrier } from "./personal-data-warnings";
import { recordBarrierChange } from "./record-barrier-change";
import { closeBarrierSchema } from "./schemas";
import { invalid } from "@/lib/forms/failures";

export type CloseValues = { outcome: string; resolution: string; version: string };

/** What was typed, as the form gives it back on any failure (an outage too). */
export function closeBarrierValuesOf(formData: FormData): CloseValues {
  return { outcome: textOf(formData, "outcome"), resolution: textOf(formData, "resolution"), version: textOf(formData, "version") };
}

export async function closeBarrier(actor: AccessActor, barrierId: string, formData: FormData): Promise<{ ok: true } | BarrierFormFailure<CloseValues>> {
  const values = closeBarrierValuesOf(formData);
  const parsed = closeBarrierSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const action = input.outcome === "RESOLVED" ? "resolve" : "closeUnresolved";
  const result = await inBarrierTransaction(actor, barrierId, action, {}, async (tx, facts) => {
    if (!personalDataConfirmed(formData)) {
      const label = input.outcome === "RESOLVED" ? "What was agreed or changed" : "Why it cannot be resolved";
      const warnings = personalDataWarnings([{ field: "resolution", label, text: input.resolution }], await visibleSubjectsOfBarrier(tx, actor, barrierId));
      if (warnings.length > 0) return personalDataFailure(warnings, values);
    }
    const moved = await moveBarrier(tx, barrierId, input.version, { status: input.outcome, resolution: input.resolution, closedAt: new Date() });
    if (!moved) return movedMeanwhile(tx, barrierId, values, input.outcome === "RESOLVED" ? "Close it as resolved" : "Close it as cannot be resolved");
    await recordBarrierChange(tx, actor, { barrierId, kind: input.outcome, fromStatus: facts.status, toStatus: input.outcome, note: input.resolution });
    return { ok: true as const };
  });
  return isBarrierDenied(result) ? refusedBarrier(result, values) : result;
}
