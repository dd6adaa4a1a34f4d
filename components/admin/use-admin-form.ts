"use client";
// The wiring every admin form shares: useActionState over a server action returning FormState,
// the message for each field, the error summary's items, and what the user had typed.
import { useActionState } from "react";
import { errorSummaryItems } from "@/lib/forms/error-summary-items";
import type { FormState } from "@/lib/forms/form-state";

export type FormAction<Values> = (previous: FormState<Values>, formData: FormData) => Promise<FormState<Values>>;

export function useAdminForm<Values>(action: FormAction<Values>, fieldOrder: readonly string[]) {
  const [state, formAction, pending] = useActionState<FormState<Values>, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  return {
    state,
    formAction,
    pending,
    /** What the user typed, when the last submission failed. */
    typed: failed?.values ?? null,
    error: (field: string): string | undefined => failed?.fieldErrors[field]?.[0],
    summary: failed ? errorSummaryItems(failed.fieldErrors, fieldOrder, failed.formError) : [],
  };
}
