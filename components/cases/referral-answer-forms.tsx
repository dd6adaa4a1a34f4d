"use client";
// Accept (one button) or decline (coded reason and comment) a referral sent to my organisation.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { FormState } from "@/lib/forms/form-state";
import type { DeclineValues } from "@/lib/referrals/answer-referral";
import { declineReasonOptions } from "./labels";

type Empty = Record<string, never>;

export function AcceptReferralForm({ action }: { action: (state: FormState<Empty>) => Promise<FormState<Empty>> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { summary: items } = formFeedback(state, []);
  return (
    <form action={formAction} className="mb-8">
      <ErrorSummary items={items} />
      <Button type="submit" disabled={pending}>Accept referral</Button>
    </form>
  );
}

export function DeclineReferralForm({ action }: { action: (state: FormState<DeclineValues>, formData: FormData) => Promise<FormState<DeclineValues>> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary: items, values } = formFeedback(state, ["declineReason", "responseComment"]);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary items={items} />
      <SelectField id="declineReason" name="declineReason" label="Reason for declining" placeholder="Choose a reason" options={declineReasonOptions} defaultValue={values?.declineReason ?? ""} error={error("declineReason")} />
      <TextArea id="responseComment" name="responseComment" label="Comment for the referrer" hint="What they could do instead" rows={4} defaultValue={values?.responseComment} error={error("responseComment")} />
      <Button type="submit" variant="warning" disabled={pending}>Decline referral</Button>
    </form>
  );
}

export function WithdrawReferralForm({ action }: { action: (state: FormState<Empty>) => Promise<FormState<Empty>> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state.formError : null;
  return (
    <form action={formAction} className="inline">
      {failed && <p className="font-bold text-error">{failed}</p>}
      <button type="submit" disabled={pending} className="cursor-pointer text-link underline">
        Withdraw referral
      </button>
    </form>
  );
}
