"use client";
// Changing a budget's name and approval threshold (version-checked).
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { EditBudgetValues } from "@/lib/budgets/update-budget";
import type { FormState } from "@/lib/forms/form-state";

type Action = (state: FormState<EditBudgetValues>, formData: FormData) => Promise<FormState<EditBudgetValues>>;

export function EditBudgetForm({ action, initial }: { action: Action; initial: EditBudgetValues }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary: items, values } = formFeedback(state, ["name", "approvalThreshold"]);
  const v = values ?? initial;
  return (
    <>
      <ErrorSummary items={items} />
      <form action={formAction} noValidate>
        <input type="hidden" name="version" value={v.version} />
        <TextField id="name" name="name" label="Name" defaultValue={v.name} error={error("name")} />
        <TextField id="approvalThreshold" name="approvalThreshold" label="Approval threshold, in pounds" hint="Spend above this waits for a budget holder's approval" inputMode="decimal" widthClass="w-48" defaultValue={v.approvalThreshold} error={error("approvalThreshold")} />
        <Button type="submit" disabled={pending}>Save changes</Button>
      </form>
    </>
  );
}
