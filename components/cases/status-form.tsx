"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup, type Choice } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { StatusValues } from "@/lib/cases/change-case-status";
import type { FormState } from "@/lib/forms/form-state";
import { ConflictPanel } from "./conflict-panel";
import { closureReasonOptions } from "./labels";

type Action = (state: FormState<StatusValues>, formData: FormData) => Promise<FormState<StatusValues>>;

export function StatusForm(props: { action: Action; statuses: Choice[]; version: number; reopening: boolean }) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const { error, summary: items, values, conflict } = formFeedback(state, ["status", "closureReason", "reason"]);
  return (
    <>
      <ErrorSummary items={items} />
      {conflict && <ConflictPanel changes={conflict} />}
      <form action={formAction} noValidate>
        <input type="hidden" name="version" value={values?.version ?? props.version} />
        <ChoiceGroup id="status" name="status" legend="New status" type="radio" choices={props.statuses} selected={values?.status ? [values.status] : []} error={error("status")} />
        {!props.reopening && (
          <SelectField id="closureReason" name="closureReason" label="If closing: why is the case closing?" placeholder="Not closing" options={closureReasonOptions} defaultValue={values?.closureReason ?? ""} error={error("closureReason")} />
        )}
        <TextArea id="reason" name="reason" label={props.reopening ? "Why is the case being reopened?" : "Reason (optional)"} rows={3} defaultValue={values?.reason} error={error("reason")} />
        <Button type="submit" disabled={pending}>Change status</Button>
      </form>
    </>
  );
}
