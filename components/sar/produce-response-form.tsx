"use client";
// The one button that produces a subject access response; says so if it could not.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { FormState } from "@/lib/forms/form-state";

type Empty = Record<string, never>;

export function ProduceResponseForm({ action }: { action: (s: FormState<Empty>) => Promise<FormState<Empty>> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <>
      <ErrorSummary items={formFeedback(state, []).summary} />
      <form action={formAction}>
        <Button type="submit" disabled={pending}>
          Produce the response
        </Button>
      </form>
    </>
  );
}
