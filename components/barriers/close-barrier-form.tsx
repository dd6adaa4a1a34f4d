"use client";
import { useActionState } from "react";
import { useFormKey } from "./use-form-key";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextArea } from "@/components/ui/text-area";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { BarrierFormState } from "@/lib/barriers/barrier-form-state";
import type { CloseValues } from "@/lib/barriers/close-barrier";
import { BarrierFormFeedback } from "./barrier-form-feedback";
import { SaveButtons } from "./save-buttons";

type Action = (state: BarrierFormState<CloseValues>, formData: FormData) => Promise<BarrierFormState<CloseValues>>;

const outcomes = [
  { value: "RESOLVED", label: "Resolved", hint: "The rule, system or budget has changed, or a way round it has been agreed" },
  { value: "CLOSED_UNRESOLVED", label: "Cannot be resolved", hint: "Nobody who can change it will, for now: say why" },
];

export function CloseBarrierForm({ action, current }: { action: Action; current: CloseValues }) {
  const [state, formAction, pending] = useActionState(action, null);
  const formKey = useFormKey(state);
  const { failed, error, summary: items, values } = formFeedback(state, ["outcome", "resolution"]);
  const shown = values ?? current;
  return (
    <>
      <BarrierFormFeedback failed={failed} items={items} />
      <form key={formKey} action={formAction} noValidate>
        <input type="hidden" name="version" value={shown.version} />
        <ChoiceGroup id="outcome" name="outcome" legend="Was the barrier resolved?" type="radio" choices={outcomes} selected={shown.outcome ? [shown.outcome] : []} error={error("outcome")} />
        <TextArea
          id="resolution"
          name="resolution"
          label="What was agreed, or why it cannot be resolved"
          hint="This is what everyone who follows the barrier will read, the person who raised it first."
          rows={5}
          defaultValue={shown.resolution}
          error={error("resolution")}
        />
        <SaveButtons label="Close barrier" pending={pending} warned={Boolean(state && !state.ok && state.personalData?.length)} />
      </form>
    </>
  );
}
