"use client";
import { useActionState } from "react";
import { useFormKey } from "./use-form-key";
import { HiddenRequestId } from "@/components/ui/hidden-request-id";
import type { Option } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { RaiseResult, RaiseValues } from "@/lib/barriers/raise-barrier";
import { BarrierFormFeedback } from "./barrier-form-feedback";
import { DescribedFields, describedFieldOrder } from "./described-fields";
import { PlaceSelect, type PlaceOptions } from "./place-select";
import { SaveButtons } from "./save-buttons";

type Action = (state: RaiseResult | null, formData: FormData) => Promise<RaiseResult>;

export function RaiseBarrierForm(props: { action: Action; requestId: string; places: PlaceOptions; organisations: Option[]; initial: Partial<RaiseValues> }) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const formKey = useFormKey(state);
  const failed = state && !state.ok ? state : null;
  const { error, summary: items } = formFeedback(failed, [...describedFieldOrder, "place", "caseReferences"]);
  const values: Partial<RaiseValues> = failed?.values ?? props.initial;
  return (
    <>
      <BarrierFormFeedback failed={failed} items={items} />
      <form key={formKey} action={formAction} noValidate>
        <HiddenRequestId value={values.clientRequestId || props.requestId} />
        <DescribedFields values={values} organisations={props.organisations} error={error} />
        <PlaceSelect
          id="place"
          name="place"
          label="Where is it met?"
          hint="The neighbourhood where your team meets it, or a whole locality if it is met across the locality."
          places={props.places}
          defaultValue={values.place}
          error={error("place")}
        />
        <TextField
          id="caseReferences"
          name="caseReferences"
          label="Cases where it got in the way (optional)"
          hint="Case references separated by commas, like GT-000123. Only people who may see a case will see its reference; others see how many cases are linked."
          defaultValue={values.caseReferences}
          error={error("caseReferences")}
          autoComplete="off"
        />
        <SaveButtons label="Raise barrier" pending={pending} warned={Boolean(failed?.personalData?.length)} />
      </form>
    </>
  );
}
