// What the barrier forms' server actions return: the house FormState, plus the personal-data
// warning (text that looks like an NHS number, a date of birth, a postcode or a linked person's
// name) that the user must change or explicitly save anyway. Types and names only: the forms
// (client components) import it.
import type { PersonalDataFinding } from "@/lib/domain/personal-data";
import type { FormFailure } from "@/lib/forms/form-state";

export type PersonalDataWarning = { field: string; label: string; findings: PersonalDataFinding[] };

export type BarrierFormFailure<V> = FormFailure<V> & { personalData?: PersonalDataWarning[] };
export type BarrierFormState<V> = { ok: true; message?: string } | BarrierFormFailure<V> | null;

/** The name of the button that saves text despite the warning (its value is "yes"). */
export const personalDataConfirmedField = "personalDataConfirmed";
