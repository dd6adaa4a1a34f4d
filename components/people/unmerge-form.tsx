"use client";
// The unmerge confirmation's button, with the kept record's version from the page.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { FormState } from "@/lib/forms/form-state";
import type { UnmergeValues } from "@/lib/people/unmerge-people";

type Action = (state: FormState<UnmergeValues>, formData: FormData) => Promise<FormState<UnmergeValues>>;

export function UnmergeForm({ action, mergeId, keptVersion }: { action: Action; mergeId: string; keptVersion: number }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { summary } = formFeedback(state, []);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary items={summary} />
      <input type="hidden" name="mergeId" value={mergeId} />
      <input type="hidden" name="keptVersion" value={keptVersion} />
      <Button type="submit" variant="warning" disabled={pending}>Undo the merge</Button>
    </form>
  );
}
