// What a form shows after its action answered: the error summary's items (linked to fields, in
// the form's order), each field's message, what the user typed (put back with defaultValue),
// and, for an edit someone else changed meanwhile, both versions.
import type { FormState } from "./form-state";

export type ErrorSummaryItem = { fieldId?: string; message: string };

export function formFeedback<Values>(state: FormState<Values> | undefined, fieldOrder: readonly string[]) {
  const failed = state && !state.ok ? state : null;
  const error = (field: string): string | undefined => failed?.fieldErrors[field]?.[0];
  const summary: ErrorSummaryItem[] = [
    ...(failed?.formError ? [{ message: failed.formError }] : []),
    ...fieldOrder.flatMap((field) => {
      const message = error(field);
      return message ? [{ fieldId: field, message }] : [];
    }),
  ];
  return { failed, error, summary, values: failed?.values ?? null, conflict: failed?.conflict ?? null };
}
