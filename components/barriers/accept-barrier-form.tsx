"use client";
import { useActionState } from "react";
import { useFormKey } from "./use-form-key";
import { DateField } from "@/components/ui/date-field";
import { TextArea } from "@/components/ui/text-area";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { AcceptValues } from "@/lib/barriers/accept-barrier";
import type { BarrierFormState } from "@/lib/barriers/barrier-form-state";
import { BarrierFormFeedback } from "./barrier-form-feedback";
import { SaveButtons } from "./save-buttons";

type Action = (state: BarrierFormState<AcceptValues>, formData: FormData) => Promise<BarrierFormState<AcceptValues>>;

export function AcceptBarrierForm({ action, current }: { action: Action; current: AcceptValues }) {
  const [state, formAction, pending] = useActionState(action, null);
  const formKey = useFormKey(state);
  const { failed, error, summary: items, values } = formFeedback(state, ["reviewBy", "note"]);
  const shown = values ?? current;
  return (
    <>
      <BarrierFormFeedback failed={failed} items={items} />
      <form key={formKey} action={formAction} noValidate>
        <input type="hidden" name="version" value={shown.version} />
        <DateField id="reviewBy" name="reviewBy" legend="Review by" hint="When you will look at it again. After this date it shows as overdue. For example, 27 3 2027" value={shown.reviewBy} error={error("reviewBy")} />
        <TextArea id="note" name="note" label="Note (optional)" hint="What you will do first, or who you will take it to." rows={3} defaultValue={shown.note} error={error("note")} />
        <SaveButtons label="Accept and become its owner" pending={pending} warned={Boolean(state && !state.ok && state.personalData?.length)} />
      </form>
    </>
  );
}
