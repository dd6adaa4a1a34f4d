// The failures a form's command returns, in the FormState shape (form-state.ts).
import { z } from "zod";
import type { FieldErrors, FormFailure } from "./form-state";

export function invalid<Values>(error: z.ZodError, values: Values): FormFailure<Values> {
  return { ok: false, fieldErrors: z.flattenError(error).fieldErrors as FieldErrors, values };
}

export function fieldFailure<Values>(values: Values, field: string, message: string): FormFailure<Values> {
  return { ok: false, fieldErrors: { [field]: [message] }, values };
}

export function formFailure<Values>(values: Values, message: string, fieldErrors: FieldErrors = {}): FormFailure<Values> {
  return { ok: false, fieldErrors, formError: message, values };
}

export const changedSinceOpened =
  "Someone else changed this record after you opened it. Check the details now shown, then make your change again.";

export const formExpired = "The form has expired: reload the page and try again";
