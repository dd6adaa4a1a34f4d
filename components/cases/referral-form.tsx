"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup, type Choice } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { HiddenRequestId } from "@/components/ui/hidden-request-id";
import { SelectField, type Option } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { FormState } from "@/lib/forms/form-state";
import type { ReferralValues } from "@/lib/referrals/send-referral";
import { urgencyChoices } from "./labels";

type Action = (state: FormState<ReferralValues>, formData: FormData) => Promise<FormState<ReferralValues>>;

export function ReferralForm(props: { action: Action; requestId: string; organisations: Option[]; teams: Option[]; themes: Choice[] }) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const { error, summary: items, values } = formFeedback(state, ["toOrganisationId", "toTeamId", "reason", "themeIds", "urgency"]);
  return (
    <>
      <ErrorSummary items={items} />
      <form action={formAction} noValidate>
        <HiddenRequestId value={values?.clientRequestId || props.requestId} />
        <SelectField id="toOrganisationId" name="toOrganisationId" label="Organisation to refer to" placeholder="Choose an organisation" options={props.organisations} defaultValue={values?.toOrganisationId ?? ""} error={error("toOrganisationId")} />
        <SelectField id="toTeamId" name="toTeamId" label="Team (optional)" hint="A co-located team in this neighbourhood" placeholder="No particular team" options={props.teams} defaultValue={values?.toTeamId ?? ""} error={error("toTeamId")} />
        <TextArea id="reason" name="reason" label="Reason for the referral" hint="What you are asking them to do, and why" rows={5} defaultValue={values?.reason} error={error("reason")} />
        <ChoiceGroup id="themeIds" name="themeIds" legend="Themes the referral is about" type="checkbox" choices={props.themes} selected={values?.themeIds ?? props.themes.map((t) => t.value)} error={error("themeIds")} />
        <ChoiceGroup id="urgency" name="urgency" legend="How urgent is it?" type="radio" choices={urgencyChoices} selected={[values?.urgency ?? "ROUTINE"]} error={error("urgency")} />
        <Button type="submit" disabled={pending}>Send referral</Button>
      </form>
    </>
  );
}
