"use client";
// The holder's answer to a link request: accept or decline (radios), with a reason.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/text-area";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { FormState } from "@/lib/forms/form-state";
import type { AnswerValues } from "@/lib/people/link-requests";

type Action = (state: FormState<AnswerValues>, formData: FormData) => Promise<FormState<AnswerValues>>;

export function AnswerLinkRequestForm({ requestId, action }: { requestId: string; action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary, values } = formFeedback(state, ["answer", "answerReason"]);
  const id = (field: string) => `${field}-${requestId}`;
  return (
    <form action={formAction} noValidate>
      <ErrorSummary items={summary.map((s) => (s.fieldId ? { ...s, fieldId: id(s.fieldId) } : s))} />
      <input type="hidden" name="requestId" value={requestId} />
      <ChoiceGroup
        id={id("answer")}
        name="answer"
        legend="Is this the same person?"
        type="radio"
        inline
        choices={[
          { value: "ACCEPTED", label: "Yes, accept" },
          { value: "DECLINED", label: "No, decline" },
        ]}
        selected={values?.answer ? [values.answer] : []}
        error={error("answer")}
      />
      <TextArea id={id("answerReason")} name="answerReason" label="Your reason" hint="Kept with the request. The requester is told only whether you accepted, and if so your name and email to contact you." rows={3} defaultValue={values?.answerReason} error={error("answerReason")} />
      <Button type="submit" disabled={pending}>Send answer</Button>
    </form>
  );
}
