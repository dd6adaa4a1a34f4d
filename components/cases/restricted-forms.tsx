"use client";
// The restricted-record forms (GOV.UK patterns: error summary, errors at the fields, what was typed kept).
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/text-area";
import type { BreakGlassValues } from "@/lib/cases/break-glass";
import type { AccessAnswerValues, AccessRequestValues } from "@/lib/cases/request-access";
import type { RestrictionValues } from "@/lib/cases/restrict-case";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { FormState } from "@/lib/forms/form-state";

type Action<V> = (state: FormState<V>, formData: FormData) => Promise<FormState<V>>;

export function RestrictionForm({ action, restricted }: { action: Action<RestrictionValues>; restricted: boolean }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary, values } = formFeedback(state, ["reason"]);
  return (
    <>
      <ErrorSummary items={summary} />
      <form action={formAction} noValidate>
        <input type="hidden" name="restricted" value={restricted ? "no" : "yes"} />
        <TextArea
          id="reason"
          name="reason"
          label={restricted ? "Why can the restriction be removed?" : "Why must this record be restricted?"}
          hint="At least 10 characters. This is kept in the case's chronology, seen by your organisation only."
          rows={4}
          defaultValue={values?.reason}
          error={error("reason")}
        />
        <Button type="submit" disabled={pending}>{restricted ? "Remove restriction" : "Restrict this record"}</Button>
      </form>
    </>
  );
}

export function BreakGlassForm({ action }: { action: Action<BreakGlassValues> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary, values } = formFeedback(state, ["reason", "confirm"]);
  return (
    <>
      <ErrorSummary items={summary} />
      <form action={formAction} noValidate>
        <TextArea
          id="reason"
          name="reason"
          label="Why must you see this record now?"
          hint="At least 20 characters. The lead professional is told, and your reason is kept with the access."
          rows={4}
          defaultValue={values?.reason}
          error={error("reason")}
        />
        <ChoiceGroup
          id="confirm"
          name="confirm"
          legend="Confirm"
          type="checkbox"
          choices={[{ value: "yes", label: "I understand this access is recorded, flagged to the lead professional and lasts 4 hours" }]}
          selected={values?.confirm ? [values.confirm] : []}
          error={error("confirm")}
        />
        <Button type="submit" disabled={pending} variant="warning">Break the glass and open the record</Button>
      </form>
    </>
  );
}

export function AccessRequestForm({ action }: { action: Action<AccessRequestValues> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary, values } = formFeedback(state, ["reason"]);
  return (
    <>
      <ErrorSummary items={summary} />
      <form action={formAction} noValidate>
        <TextArea id="reason" name="reason" label="Why do you need access?" hint="At least 10 characters. The lead professional reads this." rows={4} defaultValue={values?.reason} error={error("reason")} />
        <Button type="submit" disabled={pending}>Send request</Button>
      </form>
    </>
  );
}

export function AccessAnswerForm({ action, requestId, who }: { action: Action<AccessAnswerValues>; requestId: string; who: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary, values } = formFeedback(state, ["answer", "answerReason"]);
  const id = (field: string) => `${field}-${requestId}`;
  return (
    <>
      <ErrorSummary items={summary.map((item) => (item.fieldId ? { ...item, fieldId: id(item.fieldId) } : item))} />
      <form action={formAction} noValidate>
        <ChoiceGroup
          id={id("answer")}
          name="answer"
          legend={`Your answer to ${who}`}
          type="radio"
          inline
          choices={[{ value: "ACCEPT", label: "Accept: add them as a named worker" }, { value: "DECLINE", label: "Decline" }]}
          selected={values?.answer ? [values.answer] : []}
          error={error("answer")}
        />
        <TextArea id={id("answerReason")} name="answerReason" label="Reason (needed if you decline)" rows={2} defaultValue={values?.answerReason} error={error("answerReason")} />
        <Button type="submit" disabled={pending}>Send answer</Button>
      </form>
    </>
  );
}
