// Failure results in the FormState shape (lib/forms/form-state.ts) for admin commands.
import { z } from "zod";
import type { FieldErrors } from "@/lib/forms/form-state";

export type Failure<Values> = { ok: false; fieldErrors: FieldErrors; formError?: string; values: Values };

/** A command's result: what it made or changed on success, the form's state on failure. */
export type CommandResult<Values, Done extends object = object> = ({ ok: true } & Done) | Failure<Values>;

export function invalid<Values>(error: z.ZodError, values: Values): Failure<Values> {
  return { ok: false, fieldErrors: z.flattenError(error).fieldErrors as FieldErrors, values };
}

export function fieldFailure<Values>(values: Values, field: string, message: string): Failure<Values> {
  return { ok: false, fieldErrors: { [field]: [message] }, values };
}

export function formFailure<Values>(values: Values, message: string): Failure<Values> {
  return { ok: false, fieldErrors: {}, formError: message, values };
}

export const changedSinceOpened =
  "Someone else changed this record after you opened it. Check the details now shown, then make your change again.";
