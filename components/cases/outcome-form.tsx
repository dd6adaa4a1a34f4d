"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { HiddenRequestId } from "@/components/ui/hidden-request-id";
import { SelectField, type Option } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { OutcomeValues } from "@/lib/cases/record-outcome";
import type { FormState } from "@/lib/forms/form-state";

type Action = (state: FormState<OutcomeValues>, formData: FormData) => Promise<FormState<OutcomeValues>>;

export function OutcomeForm({ action, requestId, outcomeTypes }: { action: Action; requestId: string; outcomeTypes: Option[] }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary: items, values } = formFeedback(state, ["outcomeTypeId", "achievedOn", "evidence"]);
  return (
    <>
      <ErrorSummary items={items} />
      <form action={formAction} noValidate>
        <HiddenRequestId value={values?.clientRequestId || requestId} />
        <SelectField id="outcomeTypeId" name="outcomeTypeId" label="Outcome" placeholder="Choose an outcome" options={outcomeTypes} defaultValue={values?.outcomeTypeId ?? ""} error={error("outcomeTypeId")} />
        <DateField id="achievedOn" name="achievedOn" legend="Date achieved" hint="For example, 27 3 2026" value={values?.achievedOn} error={error("achievedOn")} />
        <TextArea id="evidence" name="evidence" label="Evidence" hint="How you know, for example 'tenancy signed on 3 March'" rows={4} defaultValue={values?.evidence} error={error("evidence")} />
        <Button type="submit" disabled={pending}>Record outcome</Button>
      </form>
    </>
  );
}
