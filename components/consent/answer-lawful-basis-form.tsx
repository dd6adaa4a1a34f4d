"use client";
// Confirm or decline (with a reason) a lawful basis that names the signed-in user as approver.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { TextArea } from "@/components/ui/text-area";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { FormState } from "@/lib/forms/form-state";
import type { LawfulBasisAnswerValues } from "@/lib/consent/schemas";

type Props = {
  consentRecordId: string;
  reference: string;
  action: (state: FormState<LawfulBasisAnswerValues>, formData: FormData) => Promise<FormState<LawfulBasisAnswerValues>>;
};

export function AnswerLawfulBasisForm({ consentRecordId, reference, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary, values } = formFeedback(state, ["answer", "declineReason"]);
  if (state?.ok) return <NotificationBanner>{state.message ?? "Answer recorded"}</NotificationBanner>;
  const id = (name: string) => `${name}-${consentRecordId}`;
  return (
    <form action={formAction} noValidate>
      <ErrorSummary items={summary.map((item) => ({ ...item, fieldId: item.fieldId ? id(item.fieldId) : undefined }))} />
      <input type="hidden" name="consentRecordId" value={consentRecordId} />
      <ChoiceGroup
        id={id("answer")}
        name="answer"
        type="radio"
        legend={`Do you confirm this lawful basis for ${reference}?`}
        choices={[
          { value: "CONFIRM", label: "Yes, I confirm it" },
          { value: "DECLINE", label: "No, I decline it" },
        ]}
        selected={values?.answer ? [values.answer] : []}
        error={error("answer")}
      />
      <TextArea id={id("declineReason")} name="declineReason" label="If you decline, why" rows={3} defaultValue={values?.declineReason} error={error("declineReason")} />
      <Button type="submit" disabled={pending}>Send answer</Button>
    </form>
  );
}
