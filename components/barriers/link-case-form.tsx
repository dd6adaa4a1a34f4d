"use client";
import { useActionState } from "react";
import { useFormKey } from "./use-form-key";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { BarrierFormState } from "@/lib/barriers/barrier-form-state";
import type { LinkCaseValues } from "@/lib/barriers/link-cases-to-barrier";

type Action = (state: BarrierFormState<LinkCaseValues>, formData: FormData) => Promise<BarrierFormState<LinkCaseValues>>;

export function LinkCaseForm({ action, initial }: { action: Action; initial: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const formKey = useFormKey(state);
  const { error, summary: items, values } = formFeedback(state, ["caseReferences"]);
  return (
    <>
      <ErrorSummary items={items} />
      <form key={formKey} action={formAction} noValidate>
        <TextField
          id="caseReferences"
          name="caseReferences"
          label="Case references"
          hint="Separated by commas, like GT-000123. Only cases you can see; other readers see only how many cases are linked, unless the case is shared with them."
          defaultValue={values?.caseReferences ?? initial}
          error={error("caseReferences")}
          autoComplete="off"
        />
        <Button type="submit" disabled={pending}>
          Add cases
        </Button>
      </form>
    </>
  );
}
