"use client";
// Ask for the case's lead to move, and answer such a request.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, type Option } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { TransferValues } from "@/lib/cases/lead-transfer";
import type { FormState } from "@/lib/forms/form-state";

type Empty = Record<string, never>;

export function TransferForm(props: { action: (s: FormState<TransferValues>, f: FormData) => Promise<FormState<TransferValues>>; colleagues: Option[]; organisations: Option[] }) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const { error, summary: items, values } = formFeedback(state, ["kind", "toProfessionalId", "toOrganisationId", "reason"]);
  return (
    <>
      <ErrorSummary items={items} />
      <form action={formAction} noValidate>
        <ChoiceGroup
          id="kind"
          name="kind"
          legend="What do you want to transfer?"
          type="radio"
          choices={[
            { value: "LEAD_PROFESSIONAL", label: "Lead professional, to a colleague in my organisation" },
            { value: "LEAD_ORGANISATION", label: "Lead organisation, to another organisation in the team around the person" },
          ]}
          selected={values?.kind ? [values.kind] : []}
          error={error("kind")}
        />
        <SelectField id="toProfessionalId" name="toProfessionalId" label="New lead professional" hint="For a lead professional transfer" placeholder="Choose a colleague" options={props.colleagues} defaultValue={values?.toProfessionalId ?? ""} error={error("toProfessionalId")} />
        <SelectField id="toOrganisationId" name="toOrganisationId" label="New lead organisation" hint="For a lead organisation transfer: anyone there may accept and becomes lead professional" placeholder="Choose an organisation" options={props.organisations} defaultValue={values?.toOrganisationId ?? ""} error={error("toOrganisationId")} />
        <TextArea id="reason" name="reason" label="Reason for the transfer" rows={3} defaultValue={values?.reason} error={error("reason")} />
        <Button type="submit" disabled={pending}>Ask for the transfer</Button>
      </form>
    </>
  );
}

export function AnswerTransferForm({ action, label, variant }: { action: (s: FormState<Empty>) => Promise<FormState<Empty>>; label: string; variant: "primary" | "secondary" }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-block">
      <Button type="submit" variant={variant} disabled={pending}>
        {label}
      </Button>
      {state && !state.ok && state.formError && <p className="font-bold text-error">{state.formError}</p>}
    </form>
  );
}
