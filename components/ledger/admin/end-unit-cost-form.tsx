"use client";
// Ending a unit-cost line from a date: outcomes achieved from then on are no longer valued by it.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { FormState } from "@/lib/forms/form-state";
import type { EndValues } from "@/lib/ledger/unit-costs/change-unit-cost";

type Action = (state: FormState<EndValues>, formData: FormData) => Promise<FormState<EndValues>>;

export function EndUnitCostForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary: items, values } = formFeedback(state, ["effectiveTo"]);
  return (
    <>
      <ErrorSummary items={items} />
      <form action={formAction} noValidate>
        <DateField id="effectiveTo" name="effectiveTo" legend="Stops applying from" hint="Outcomes achieved from this date are not valued by this line" value={values?.effectiveTo} error={error("effectiveTo")} />
        <Button type="submit" variant="warning" disabled={pending}>End this line</Button>
      </form>
    </>
  );
}
