"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { HiddenRequestId } from "@/components/ui/hidden-request-id";
import type { Option } from "@/components/ui/select-field";
import { useFormFeedback } from "@/components/ui/use-form-feedback";
import type { ConsentValues } from "@/lib/cases/record-consent";
import type { FormState } from "@/lib/forms/form-state";
import { ConsentFields, consentFieldOrder } from "./consent-fields";

type Action = (state: FormState<ConsentValues>, formData: FormData) => Promise<FormState<ConsentValues>>;

export function ConsentForm({ action, requestId, approvers }: { action: Action; requestId: string; approvers: Option[] }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, items, values } = useFormFeedback(state, consentFieldOrder);
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
