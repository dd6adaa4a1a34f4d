"use client";
// Which organisations receive a place's fiscal benefits, one group of checkboxes per type.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { FormState } from "@/lib/forms/form-state";
import type { BeneficiaryValues } from "@/lib/ledger/beneficiaries/save-place-beneficiaries";

type Action = (state: FormState<BeneficiaryValues>, formData: FormData) => Promise<FormState<BeneficiaryValues>>;

export function BeneficiaryForm({ action, types, chosen }: { action: Action; types: { type: string; label: string; organisations: { value: string; label: string }[] }[]; chosen: string[] }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary: items, values } = formFeedback(state, ["choices"]);
  const selected = values?.choices ?? chosen;
  return (
    <>
      <ErrorSummary items={items} />
      <form action={formAction} noValidate>
        {types.map((t, i) => (
          <ChoiceGroup key={t.type} id={i === 0 ? "choices" : `choices-${t.type}`} name="choices" legend={t.label} type="checkbox" choices={t.organisations} selected={selected} error={i === 0 ? error("choices") : undefined} />
        ))}
        <Button type="submit" disabled={pending}>Save and re-value outcomes</Button>
      </form>
    </>
  );
}
