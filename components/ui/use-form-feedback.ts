"use client";
// Reads an action's FormState for a form: the error-summary items (in field order), each
// field's message, and what the user typed (to put back with defaultValue).
import type { ErrorSummaryItem } from "./error-summary";
import type { FormState } from "@/lib/forms/form-state";

export function useFormFeedback<V>(state: FormState<V>, fieldOrder: readonly string[]) {
  const failed = state && !state.ok ? state : null;
  const error = (field: string) => failed?.fieldErrors[field]?.[0];
  const items: ErrorSummaryItem[] = [
    ...(failed?.formError ? [{ message: failed.formError }] : []),
    ...fieldOrder.flatMap((field) => {
      const message = error(field);
      return message ? [{ fieldId: field, message }] : [];
    }),
  ];
  return { failed, error, items, values: failed?.values ?? null, conflict: failed?.conflict ?? null };
}
