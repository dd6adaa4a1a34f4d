"use client";
// One code to type: an authenticator code or a recovery code, with the GOV.UK error summary.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/forms/form-state";

type Action = (previous: FormState<Record<string, never>>, formData: FormData) => Promise<FormState<Record<string, never>>>;

export function CodeForm({ action, field, label, hint, submitLabel, kind }: { action: Action; field: string; label: string; hint: string; submitLabel: string; kind: "totp" | "recovery" }) {
  const [state, formAction, pending] = useActionState(action, null);
  const error = state && !state.ok ? (state.fieldErrors[field]?.[0] ?? state.formError) : undefined;
  return (
    <>
      <ErrorSummary items={error ? [{ fieldId: field, message: error }] : []} />
      <form action={formAction} noValidate>
        <TextField
          id={field}
          name={field}
          label={label}
          hint={hint}
          error={error}
          autoComplete="one-time-code"
          spellCheck={false}
          {...(kind === "totp" ? { inputMode: "numeric" as const, widthClass: "w-40" } : { widthClass: "w-full max-w-xs" })}
        />
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}
