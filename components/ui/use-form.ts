"use client";
// The wiring every form shares: useActionState over a server action returning FormState, and
// what the form shows from its answer (lib/forms/form-feedback.ts).
import { useActionState } from "react";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { FormState } from "@/lib/forms/form-state";

export type FormAction<Values> = (previous: FormState<Values>, formData: FormData) => Promise<FormState<Values>>;

export function useForm<Values>(action: FormAction<Values>, fieldOrder: readonly string[]) {
  const [state, formAction, pending] = useActionState<FormState<Values>, FormData>(action, null);
  return { state, formAction, pending, ...formFeedback(state, fieldOrder) };
}
