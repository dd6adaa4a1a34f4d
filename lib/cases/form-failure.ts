// Small helpers shared by the case forms' write functions.
import { z } from "zod";
import type { FormFailure } from "@/lib/forms/form-state";
import { denialMessage, type Denied } from "./case-transaction";

export function invalid<V>(error: z.ZodError, values: V): FormFailure<V> {
  return { ok: false, fieldErrors: z.flattenError(error).fieldErrors, values };
}

export function refused<V>(denied: Denied, values: V): FormFailure<V> {
  return { ok: false, fieldErrors: {}, formError: denialMessage(denied.decision), values };
}

export function formProblem<V>(message: string, values: V, fieldErrors: Record<string, string[]> = {}): FormFailure<V> {
  return { ok: false, fieldErrors, formError: message, values };
}
