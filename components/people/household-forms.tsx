"use client";
// Joining a household (or changing the relationship in it) and leaving it, from the person page.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, type Option } from "@/components/ui/select-field";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { FormState } from "@/lib/forms/form-state";
import type { JoinHouseholdValues, LeaveHouseholdValues } from "@/lib/people/household-membership";

type Action<V> = (state: FormState<V>, formData: FormData) => Promise<FormState<V>>;

export function JoinHouseholdForm(props: { action: Action<JoinHouseholdValues>; households: Option[]; relationships: Option[]; version: number; current: { householdId: string; relationship: string } }) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const { error, summary: items, values } = formFeedback(state, ["householdId", "relationship"]);
  return (
    <>
      <ErrorSummary items={items} />
      <form action={formAction} noValidate className="mb-6">
        <input type="hidden" name="version" value={props.version} />
        <SelectField id="householdId" name="householdId" label="Household" hint="Households you can see at the person's postcode" options={props.households} placeholder="Choose a household" defaultValue={values?.householdId ?? props.current.householdId} error={error("householdId")} />
        <SelectField id="relationship" name="relationship" label="How they are related to the household" options={props.relationships} placeholder="Choose a relationship" defaultValue={values?.relationship ?? props.current.relationship} error={error("relationship")} />
        <Button type="submit" disabled={pending}>Save household</Button>
      </form>
    </>
  );
}

export function LeaveHouseholdForm({ action, version }: { action: Action<LeaveHouseholdValues>; version: number }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { summary: items } = formFeedback(state, []);
  return (
    <>
      <ErrorSummary items={items} />
      <form action={formAction} className="mb-6">
        <input type="hidden" name="version" value={version} />
        <Button type="submit" variant="secondary" disabled={pending}>Remove from this household</Button>
      </form>
    </>
  );
}
