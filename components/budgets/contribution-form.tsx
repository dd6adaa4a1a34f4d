"use client";
// Recording what an organisation put into a pooled budget.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { DateField } from "@/components/ui/date-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { HiddenRequestId } from "@/components/ui/hidden-request-id";
import { SelectField, type Option } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { ContributionValues } from "@/lib/budgets/add-contribution";
import type { FormState } from "@/lib/forms/form-state";

type Action = (state: FormState<ContributionValues>, formData: FormData) => Promise<FormState<ContributionValues>>;

export function ContributionForm({ action, requestId, organisations }: { action: Action; requestId: string; organisations: Option[] }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary: items, values } = formFeedback(state, ["organisationId", "kind", "amount", "contributedOn", "description"]);
  return (
    <>
      <ErrorSummary items={items} />
      <form action={formAction} noValidate>
        <HiddenRequestId value={values?.clientRequestId || requestId} />
        <SelectField id="organisationId" name="organisationId" label="Organisation" placeholder="Choose an organisation" options={organisations} defaultValue={values?.organisationId ?? ""} error={error("organisationId")} />
        <ChoiceGroup id="kind" name="kind" legend="Cash or in kind" type="radio" inline choices={[{ value: "CASH", label: "Cash" }, { value: "IN_KIND", label: "In kind" }]} selected={[values?.kind ?? "CASH"]} error={error("kind")} />
        <TextField id="amount" name="amount" label="Amount, in pounds" hint="For an in-kind contribution, what it is worth" inputMode="decimal" widthClass="w-48" defaultValue={values?.amount} error={error("amount")} />
        <DateField id="contributedOn" name="contributedOn" legend="Date of the contribution" hint="For example, 1 4 2026" value={values?.contributedOn} error={error("contributedOn")} />
        <TextArea id="description" name="description" label="Description (needed for in kind)" hint="For example, a support worker two days a week" rows={2} defaultValue={values?.description} error={error("description")} />
        <Button type="submit" disabled={pending}>Add contribution</Button>
      </form>
    </>
  );
}
