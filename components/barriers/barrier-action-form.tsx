"use client";
import { useActionState } from "react";
import { useFormKey } from "./use-form-key";
import { DateField } from "@/components/ui/date-field";
import { HiddenRequestId } from "@/components/ui/hidden-request-id";
import { SelectField, type Option } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { BarrierActionValues } from "@/lib/barriers/add-barrier-action";
import type { BarrierFormState } from "@/lib/barriers/barrier-form-state";
import { BarrierFormFeedback } from "./barrier-form-feedback";
import { SaveButtons } from "./save-buttons";

type Action = (state: BarrierFormState<BarrierActionValues>, formData: FormData) => Promise<BarrierFormState<BarrierActionValues>>;

export function BarrierActionForm(props: { action: Action; requestId: string; organisations: Option[]; people: Option[]; defaultOrganisationId: string }) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const formKey = useFormKey(state);
  const { failed, error, summary: items, values } = formFeedback(state, ["description", "ownerOrganisationId", "ownerUserId", "dueOn"]);
  return (
    <>
      <BarrierFormFeedback failed={failed} items={items} />
      <form key={formKey} action={formAction} noValidate>
        <HiddenRequestId value={values?.clientRequestId || props.requestId} />
        <TextArea id="description" name="description" label="What needs to be done" rows={3} defaultValue={values?.description} error={error("description")} />
        <SelectField id="ownerOrganisationId" name="ownerOrganisationId" label="Organisation that will do it" options={props.organisations} defaultValue={values?.ownerOrganisationId ?? props.defaultOrganisationId} error={error("ownerOrganisationId")} />
        <SelectField
          id="ownerUserId"
          name="ownerUserId"
          label="Named person (optional)"
          hint="They are told, and can update the action themselves. People of the organisations named on the barrier, yours and the raiser's."
          placeholder="Anyone in the organisation"
          options={props.people}
          defaultValue={values?.ownerUserId ?? ""}
          error={error("ownerUserId")}
        />
        <DateField id="dueOn" name="dueOn" legend="Due date" hint="For example, 27 3 2027" value={values?.dueOn} error={error("dueOn")} />
        <SaveButtons label="Add action" pending={pending} warned={Boolean(state && !state.ok && state.personalData?.length)} />
      </form>
    </>
  );
}
