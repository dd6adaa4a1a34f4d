"use client";
// A budget holder's decision on spend above the threshold: approve, or decline with a reason.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/text-area";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { DecisionValues } from "@/lib/budgets/decide-spend";
import type { FormState } from "@/lib/forms/form-state";

type Action = (state: FormState<DecisionValues>, formData: FormData) => Promise<FormState<DecisionValues>>;

export function DecisionForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary: items, values } = formFeedback(state, ["decision", "reason"]);
  return (
    <>
      <ErrorSummary items={items} />
      <form action={formAction} noValidate>
        <ChoiceGroup id="decision" name="decision" legend="Your decision" type="radio" choices={[{ value: "APPROVED", label: "Approve the spend" }, { value: "DECLINED", label: "Decline the spend" }]} selected={values?.decision ? [values.decision] : []} error={error("decision")} />
        <TextArea id="reason" name="reason" label="Reason" hint="Needed when you decline: the worker sees it on the case" rows={3} defaultValue={values?.reason} error={error("reason")} />
        <Button type="submit" disabled={pending}>Save decision</Button>
      </form>
    </>
  );
}
