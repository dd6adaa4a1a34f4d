// Turns an action's field errors into error-summary items linked to each field, in form order.
import type { FieldErrors } from "./form-state";

export function errorSummaryItems(
  fieldErrors: FieldErrors,
  fieldOrder: readonly string[],
  formError?: string,
): { fieldId?: string; message: string }[] {
  const items: { fieldId?: string; message: string }[] = formError ? [{ message: formError }] : [];
  for (const field of fieldOrder) {
    const message = fieldErrors[field]?.[0];
    if (message) items.push({ fieldId: field, message });
  }
  return items;
}
