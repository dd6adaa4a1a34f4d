"use client";
// Creating a pooled budget: place, financial year, name and approval threshold.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { HiddenRequestId } from "@/components/ui/hidden-request-id";
import { SelectField, type Option } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { BudgetValues } from "@/lib/budgets/create-budget";
import type { FormState } from "@/lib/forms/form-state";

type Action = (state: FormState<BudgetValues>, formData: FormData) => Promise<FormState<BudgetValues>>;

export function BudgetForm({ action, requestId, places, years, defaultYear }: { action: Action; requestId: string; places: Option[]; years: Option[]; defaultYear: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary: items, values } = formFeedback(state, ["place", "financialYear", "name", "approvalThreshold"]);
  return (
    <>
      <ErrorSummary items={items} />
      <form action={formAction} noValidate>
        <HiddenRequestId value={values?.clientRequestId || requestId} />
        <SelectField id="place" name="place" label="Place" hint="A neighbourhood, or a whole locality" placeholder="Choose a place" options={places} defaultValue={values?.place ?? ""} error={error("place")} />
        <SelectField id="financialYear" name="financialYear" label="Financial year" options={years} defaultValue={values?.financialYear ?? defaultYear} error={error("financialYear")} />
        <TextField id="name" name="name" label="Name" defaultValue={values?.name ?? "Integrated neighbourhood pooled budget"} error={error("name")} />
        <TextField id="approvalThreshold" name="approvalThreshold" label="Approval threshold, in pounds" hint="Spend above this waits for a budget holder's approval. Enter 0 to approve everything." inputMode="decimal" widthClass="w-48" defaultValue={values?.approvalThreshold ?? "2,500"} error={error("approvalThreshold")} />
        <Button type="submit" disabled={pending}>Create budget</Button>
      </form>
    </>
  );
}
