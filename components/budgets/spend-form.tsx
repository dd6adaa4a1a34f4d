"use client";
// Recording spend on a case from a pooled budget of its place (GOV.UK question page pattern).
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { HiddenRequestId } from "@/components/ui/hidden-request-id";
import { SelectField, type Option } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { SpendValues } from "@/lib/budgets/record-spend";
import type { FormState } from "@/lib/forms/form-state";

type Action = (state: FormState<SpendValues>, formData: FormData) => Promise<FormState<SpendValues>>;

export function SpendForm({ action, requestId, budgets, interventions }: { action: Action; requestId: string; budgets: Option[]; interventions: Option[] }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary: items, values } = formFeedback(state, ["budgetId", "intervention", "description", "amount", "spentOn"]);
  return (
    <>
      <ErrorSummary items={items} />
      <form action={formAction} noValidate>
        <HiddenRequestId value={values?.clientRequestId || requestId} />
        <SelectField id="budgetId" name="budgetId" label="Pay from" hint="The pooled budgets of the case's neighbourhood and locality, with what each has left" placeholder="Choose a budget" options={budgets} defaultValue={values?.budgetId ?? (budgets.length === 1 ? budgets[0].value : "")} error={error("budgetId")} />
        <SelectField id="intervention" name="intervention" label="Type of intervention" placeholder="Choose a type" options={interventions} defaultValue={values?.intervention ?? ""} error={error("intervention")} />
        <TextArea id="description" name="description" label="What was bought" hint="For example, rent in advance for a new tenancy. Do not include the person's name or other details about them." rows={3} defaultValue={values?.description} error={error("description")} />
        <TextField id="amount" name="amount" label="Amount, in pounds" hint="For example, 1,250 or 1250.50" inputMode="decimal" widthClass="w-48" defaultValue={values?.amount} error={error("amount")} />
        <DateField id="spentOn" name="spentOn" legend="Date of the spend" hint="For example, 27 3 2026" value={values?.spentOn} error={error("spentOn")} />
        <Button type="submit" disabled={pending}>Record spend</Button>
      </form>
    </>
  );
}
