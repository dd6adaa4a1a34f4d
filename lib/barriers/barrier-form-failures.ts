// The failures barrier writes return besides field errors: refused by the policy, someone else's
// change first, text that looks like personal data.
import "server-only";
import type { BarrierFormFailure, PersonalDataWarning } from "./barrier-form-state";
import { barrierDenialMessage, type BarrierDenied } from "./barrier-transaction";

export const barrierConflictMessage =
  "Someone else changed this barrier while you were working on it. Check what changed below; what you typed is still here. Save again to keep your version.";

export function refusedBarrier<V>(denied: BarrierDenied, values: V): BarrierFormFailure<V> {
  return { ok: false, fieldErrors: {}, formError: barrierDenialMessage(denied), values };
}

export function personalDataFailure<V>(warnings: PersonalDataWarning[], values: V): BarrierFormFailure<V> {
  return { ok: false, fieldErrors: {}, values, personalData: warnings };
}
