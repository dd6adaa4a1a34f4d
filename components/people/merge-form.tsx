"use client";
// The merge preview's form: for each field where the two records differ, which value to keep
// (radios), then a confirmation. Carries both records' versions from the preview.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { FormState } from "@/lib/forms/form-state";
import type { MergeValues } from "@/lib/people/merge-people";

type Action = (state: FormState<MergeValues>, formData: FormData) => Promise<FormState<MergeValues>>;
export type FieldChoice = { field: string; label: string; kept: string; away: string };

export function MergeForm({ action, keptId, awayId, keptVersion, awayVersion, choices }: { action: Action; keptId: string; awayId: string; keptVersion: number; awayVersion: number; choices: FieldChoice[] }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary, values } = formFeedback(state, [...choices.map((c) => `choice-${c.field}`), "confirmed"]);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary items={summary} />
      <input type="hidden" name="keptId" value={keptId} />
      <input type="hidden" name="awayId" value={awayId} />
      <input type="hidden" name="keptVersion" value={keptVersion} />
      <input type="hidden" name="awayVersion" value={awayVersion} />
      {choices.length > 0 && <h2 className="mb-4 text-2xl font-bold">Choose what to keep</h2>}
      {choices.map((c) => (
        <ChoiceGroup
          key={c.field}
          id={`choice-${c.field}`}
          name={`choice-${c.field}`}
          legend={c.label}
          type="radio"
          choices={[
            { value: "kept", label: c.kept, hint: "From the record kept" },
            { value: "away", label: c.away, hint: "From the record merged into it" },
          ]}
          selected={values?.choices?.[c.field as keyof MergeValues["choices"]] ? [values.choices[c.field as keyof MergeValues["choices"]]] : []}
          error={error(`choice-${c.field}`)}
        />
      ))}
      <ChoiceGroup id="confirmed" name="confirmed" legend="Confirm" type="checkbox" choices={[{ value: "yes", label: "I have checked: both records are the same person" }]} selected={values?.confirmed === "yes" ? ["yes"] : []} error={error("confirmed")} />
      <Button type="submit" disabled={pending}>Merge records</Button>
    </form>
  );
}
