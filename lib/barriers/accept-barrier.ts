// Someone responsible at the barrier's level accepts it: they become its owner and set the date
// by which it will be reviewed.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import type { DatePartsInput } from "@/lib/forms/date-parts";
import { textOf } from "@/lib/forms/form-values";
import { type BarrierFormFailure } from "./barrier-form-state";
import { personalDataFailure, refusedBarrier } from "./barrier-form-failures";
import { inBarrierTransaction, isBarrierDenied } from "./barrier-transaction";
import { dateValue } from "./form-values";
import { moveBarrier, movedMeanwhile } from "./move-barrier";
import { personalDataConfirmed, personalDataWarnings, visibleSubjectsOfBarrier } from "./personal-data-warnings";
import { recordBarrierChange } from "./record-barrier-change";
import { acceptBarrierSchema } from "./schemas";
import { invalid } from "@/lib/forms/failures";

export type AcceptValues = { reviewBy: DatePartsInput; note: string; version: string };

/** What was typed, as the form gives it back on any failure (an outage too). */
export function acceptBarrierValuesOf(formData: FormData): AcceptValues {
  return { reviewBy: dateValue(formData, "reviewBy"), note: textOf(formData, "note"), version: textOf(formData, "version") };
}

export async function acceptBarrier(actor: AccessActor, barrierId: string, formData: FormData): Promise<{ ok: true } | BarrierFormFailure<AcceptValues>> {
  const values = acceptBarrierValuesOf(formData);
  const parsed = acceptBarrierSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const result = await inBarrierTransaction(actor, barrierId, "accept", {}, async (tx, facts) => {
    if (input.note && !personalDataConfirmed(formData)) {
      const warnings = personalDataWarnings([{ field: "note", label: "Note", text: input.note }], await visibleSubjectsOfBarrier(tx, actor, barrierId));
      if (warnings.length > 0) return personalDataFailure(warnings, values);
    }
    const moved = await moveBarrier(tx, barrierId, input.version, { status: "ACCEPTED", ownerId: actor.userId, acceptedAt: new Date(), reviewBy: input.reviewBy });
    if (!moved) return movedMeanwhile(tx, barrierId, values, "Accept it");
    await recordBarrierChange(tx, actor, {
      barrierId,
      kind: "ACCEPTED",
      fromStatus: facts.status,
      toStatus: "ACCEPTED",
      note: input.note || null,
      details: { reviewBy: input.reviewBy.toISOString().slice(0, 10) },
    });
    return { ok: true as const };
  });
  return isBarrierDenied(result) ? refusedBarrier(result, values) : result;
}
