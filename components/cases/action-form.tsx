"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { HiddenRequestId } from "@/components/ui/hidden-request-id";
import { SelectField, type Option } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { ActionValues } from "@/lib/cases/add-action";
import type { FormState } from "@/lib/forms/form-state";

type Action = (state: FormState<ActionValues>, formData: FormData) => Promise<FormState<ActionValues>>;

export function ActionForm(props: { action: Action; requestId: string; organisations: Option[]; people: Option[]; defaultOrganisationId: string }) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const { error, summary: items, values } = formFeedback(state, ["description", "assigneeOrganisationId", "assigneeUserId", "dueOn"]);
  return (
    <>
      <ErrorSummary items={items} />
      <form action={formAction} noValidate>
        <HiddenRequestId value={values?.clientRequestId || props.requestId} />
        <TextArea id="description" name="description" label="What needs to be done" rows={3} defaultValue={values?.description} error={error("description")} />
        <SelectField id="assigneeOrganisationId" name="assigneeOrganisationId" label="Organisation that will do it" hint="Organisations in the team around the person" options={props.organisations} defaultValue={values?.assigneeOrganisationId ?? props.defaultOrganisationId} error={error("assigneeOrganisationId")} />
        <SelectField id="assigneeUserId" name="assigneeUserId" label="Named person (optional)" hint="Leave as 'Anyone in the organisation' to give it to the organisation's team" placeholder="Anyone in the organisation" options={props.people} defaultValue={values?.assigneeUserId ?? ""} error={error("assigneeUserId")} />
        <DateField id="dueOn" name="dueOn" legend="Due date" hint="For example, 27 3 2026" value={values?.dueOn} error={error("dueOn")} />
        <Button type="submit" disabled={pending}>Add action</Button>
      </form>
    </>
  );
}
