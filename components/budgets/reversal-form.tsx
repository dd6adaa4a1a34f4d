"use client";
// Reversing a spend entry by a correcting entry, with the reason.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { HiddenRequestId } from "@/components/ui/hidden-request-id";
import { TextArea } from "@/components/ui/text-area";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { ReversalValues } from "@/lib/budgets/reverse-spend";
import type { FormState } from "@/lib/forms/form-state";

type Action = (state: FormState<ReversalValues>, formData: FormData) => Promise<FormState<ReversalValues>>;

export function ReversalForm({ action, requestId }: { action: Action; requestId: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary: items, values } = formFeedback(state, ["reason"]);
  return (
    <>
      <ErrorSummary items={items} />
      <form action={formAction} noValidate>
        <HiddenRequestId value={values?.clientRequestId || requestId} />
        <TextArea id="reason" name="reason" label="Why is this entry being reversed?" hint="For example, the amount was typed wrongly; the right amount will be recorded as a new entry" rows={3} defaultValue={values?.reason} error={error("reason")} />
        <Button type="submit" variant="warning" disabled={pending}>Reverse this entry</Button>
      </form>
    </>
  );
}
