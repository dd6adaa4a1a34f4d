"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup, type Choice } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/text-area";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { CaseDetailsValues } from "@/lib/cases/update-case-details";
import type { FormState } from "@/lib/forms/form-state";
import { ConflictPanel } from "./conflict-panel";
import { riskChoices } from "./labels";

type Action = (state: FormState<CaseDetailsValues>, formData: FormData) => Promise<FormState<CaseDetailsValues>>;

export function CaseDetailsForm(props: { action: Action; themes: Choice[]; current: CaseDetailsValues }) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const { error, summary: items, values, conflict } = formFeedback(state, ["riskLevel", "summary", "themeIds"]);
  const shown = values ?? props.current;
  return (
    <>
      <ErrorSummary items={items} />
      {conflict && <ConflictPanel changes={conflict} />}
      <form action={formAction} noValidate>
        <input type="hidden" name="version" value={shown.version} />
        <ChoiceGroup id="riskLevel" name="riskLevel" legend="Risk level" type="radio" inline choices={riskChoices} selected={[shown.riskLevel]} error={error("riskLevel")} />
        <TextArea id="summary" name="summary" label="Summary (optional)" hint="Why the case is open, in a sentence or two. Up to 2,000 characters." rows={4} defaultValue={shown.summary} error={error("summary")} />
        <ChoiceGroup id="themeIds" name="themeIds" legend="Themes" hint="Select all that apply" type="checkbox" choices={props.themes} selected={shown.themeIds} error={error("themeIds")} />
        <Button type="submit" disabled={pending}>Save changes</Button>
      </form>
    </>
  );
}
