"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { DateField } from "@/components/ui/date-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { HiddenRequestId } from "@/components/ui/hidden-request-id";
import { TextArea } from "@/components/ui/text-area";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { NoteValues } from "@/lib/cases/add-note";
import type { FormState } from "@/lib/forms/form-state";
import { contactKindChoices, visibilityChoices } from "./labels";

type Action = (state: FormState<NoteValues>, formData: FormData) => Promise<FormState<NoteValues>>;

export function NoteForm({ action, requestId, maxLength }: { action: Action; requestId: string; maxLength: number }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary: items, values } = formFeedback(state, ["kind", "visibility", "occurredOn", "body"]);
  return (
    <>
      <ErrorSummary items={items} />
      <form action={formAction} noValidate>
        <HiddenRequestId value={values?.clientRequestId || requestId} />
        <ChoiceGroup id="kind" name="kind" legend="Kind of contact" type="radio" inline choices={contactKindChoices} selected={[values?.kind ?? "VISIT"]} error={error("kind")} />
        <DateField id="occurredOn" name="occurredOn" legend="Date of the contact" hint="For example, 27 3 2026" value={values?.occurredOn} error={error("occurredOn")} />
        <TextArea id="body" name="body" label="Note" hint={`What happened and what was agreed. Up to ${maxLength.toLocaleString("en-GB")} characters.`} rows={8} defaultValue={values?.body} error={error("body")} />
        <ChoiceGroup id="visibility" name="visibility" legend="Who can see this note" type="radio" choices={visibilityChoices} selected={[values?.visibility ?? "ALL_INVOLVED"]} error={error("visibility")} />
        <Button type="submit" disabled={pending}>Add to chronology</Button>
      </form>
    </>
  );
}
