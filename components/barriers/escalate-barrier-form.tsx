"use client";
import { useActionState } from "react";
import { useFormKey } from "./use-form-key";
import { TextArea } from "@/components/ui/text-area";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { BarrierFormState } from "@/lib/barriers/barrier-form-state";
import type { EscalateValues } from "@/lib/barriers/escalate-barrier";
import { BarrierFormFeedback } from "./barrier-form-feedback";
import { SaveButtons } from "./save-buttons";

type Action = (state: BarrierFormState<EscalateValues>, formData: FormData) => Promise<BarrierFormState<EscalateValues>>;

export function EscalateBarrierForm({ action, current, to }: { action: Action; current: EscalateValues; to: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const formKey = useFormKey(state);
  const { failed, error, summary: items, values } = formFeedback(state, ["reason"]);
  const shown = values ?? current;
  return (
    <>
      <BarrierFormFeedback failed={failed} items={items} />
      <form key={formKey} action={formAction} noValidate>
        <input type="hidden" name="version" value={shown.version} />
        <TextArea id="reason" name="reason" label={`Why does it need to go to the ${to}?`} hint="What has been tried, and what only the next level can decide or change." rows={5} defaultValue={shown.reason} error={error("reason")} />
        <SaveButtons label={`Escalate to the ${to}`} pending={pending} warned={Boolean(state && !state.ok && state.personalData?.length)} />
      </form>
    </>
  );
}
