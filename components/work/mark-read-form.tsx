"use client";
// One button that marks notifications read; says so if it could not.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/forms/form-state";

type Empty = Record<string, never>;

export function MarkReadForm({ action, label, hiddenLabel = "" }: { action: (s: FormState<Empty>) => Promise<FormState<Empty>>; label: string; hiddenLabel?: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction}>
      <Button type="submit" variant="secondary" disabled={pending} className="text-base">
        {label}
        {hiddenLabel && <span className="sr-only">{hiddenLabel}</span>}
      </Button>
      {state && !state.ok && state.formError && (
        <p role="alert" className="font-bold text-error">
          {state.formError}
        </p>
      )}
    </form>
  );
}
