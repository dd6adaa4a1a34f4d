"use client";
import { useActionState } from "react";
import { useFormKey } from "./use-form-key";
import { DateField } from "@/components/ui/date-field";
import type { Option } from "@/components/ui/select-field";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { BarrierFormState } from "@/lib/barriers/barrier-form-state";
import type { EditValues } from "@/lib/barriers/edit-barrier";
import { BarrierFormFeedback } from "./barrier-form-feedback";
import { DescribedFields, describedFieldOrder } from "./described-fields";
import { SaveButtons } from "./save-buttons";

type Action = (state: BarrierFormState<EditValues>, formData: FormData) => Promise<BarrierFormState<EditValues>>;

export function EditBarrierForm({ action, current, organisations }: { action: Action; current: EditValues; organisations: Option[] }) {
  const [state, formAction, pending] = useActionState(action, null);
  const formKey = useFormKey(state);
  const { failed, error, summary: items, values } = formFeedback(state, [...describedFieldOrder, "reviewBy"]);
  const shown = values ?? current;
  return (
    <>
      <BarrierFormFeedback failed={failed} items={items} />
      <form key={formKey} action={formAction} noValidate>
        <input type="hidden" name="version" value={shown.version} />
        <DescribedFields values={shown} organisations={organisations} error={error} />
        <DateField id="reviewBy" name="reviewBy" legend="Review by" hint="After this date the barrier shows as overdue. For example, 27 3 2027" value={shown.reviewBy} error={error("reviewBy")} />
        <SaveButtons label="Save changes" pending={pending} warned={Boolean(state && !state.ok && state.personalData?.length)} />
      </form>
    </>
  );
}
