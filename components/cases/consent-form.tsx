"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { HiddenRequestId } from "@/components/ui/hidden-request-id";
import type { Option } from "@/components/ui/select-field";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { ConsentValues } from "@/lib/cases/record-consent";
import type { FormState } from "@/lib/forms/form-state";
import { ConsentFields, consentFieldOrder } from "./consent-fields";

type Action = (state: FormState<ConsentValues>, formData: FormData) => Promise<FormState<ConsentValues>>;

export function ConsentForm({ action, requestId, approvers }: { action: Action; requestId: string; approvers: Option[] }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary: items, values } = formFeedback(state, consentFieldOrder);
  return (
    <>
      <ErrorSummary items={items} />
      <form action={formAction} noValidate>
        <HiddenRequestId value={values?.clientRequestId || requestId} />
        <ConsentFields values={values} error={error} approvers={approvers} />
        <Button type="submit" disabled={pending}>Record consent decision</Button>
      </form>
    </>
  );
}
