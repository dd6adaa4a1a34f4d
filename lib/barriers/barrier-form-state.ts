// What the barrier forms' server actions return: the house FormState, plus the personal-data
// warning (text that looks like an NHS number, a date of birth, a postcode or a linked person's
// name) that the user must change or explicitly save anyway.
import type { FormFailure } from "@/lib/forms/form-state";
import type { PersonalDataFinding } from "@/lib/domain/personal-data";
import { barrierDenialMessage, type BarrierDenied } from "./barrier-transaction";

export type PersonalDataWarning = { field: string; label: string; findings: PersonalDataFinding[] };

export type BarrierFormFailure<V> = FormFailure<V> & { personalData?: PersonalDataWarning[] };
export type BarrierFormState<V> = { ok: true; message?: string } | BarrierFormFailure<V> | null;

/** The name of the button that saves text despite the warning (its value is "yes"). */
export const personalDataConfirmedField = "personalDataConfirmed";

export const barrierConflictMessage =
  "Someone else changed this barrier while you were working on it. Check what changed below; what you typed is still here. Save again to keep your version.";

export function refusedBarrier<V>(denied: BarrierDenied, values: V): BarrierFormFailure<V> {
  return { ok: false, fieldErrors: {}, formError: barrierDenialMessage(denied), values };
}

export function personalDataFailure<V>(warnings: PersonalDataWarning[], values: V): BarrierFormFailure<V> {
  return { ok: false, fieldErrors: {}, values, personalData: warnings };
}
