"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup, type Choice } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { HiddenRequestId } from "@/components/ui/hidden-request-id";
import { SelectField, type Option } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { OpenCaseResult } from "@/lib/cases/open-case";
import { ConsentFields, consentFieldOrder } from "./consent-fields";
import { NeighbourhoodField, type NeighbourhoodGroup } from "./neighbourhood-field";
import { riskChoices } from "./labels";

type Props = {
  action: (state: OpenCaseResult | null, formData: FormData) => Promise<OpenCaseResult>;
  requestId: string;
  personId: string;
  /** The person's household, when they are in one the worker may see. */
  household: { address: string } | null;
  neighbourhoods: NeighbourhoodGroup[];
  startNeighbourhoodId: string | null;
  neighbourhoodHint: string;
  usualLocalityIds: string[];
  usualAreaWords: string;
  themes: Choice[];
  colleagues: Option[];
  approvers: Option[];
  actorId: string;
};

export function OpenCaseForm(props: Props) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const { error, summary: items, values } = formFeedback(state, ["forHousehold", "neighbourhoodId", "themeIds", "riskLevel", "summary", "leadProfessionalId", ...consentFieldOrder]);
  return (
    <>
      <ErrorSummary items={items} />
      <form action={formAction} noValidate>
        <HiddenRequestId value={values?.clientRequestId || props.requestId} />
        <input type="hidden" name="personId" value={props.personId} />
        {props.household && (
          <ChoiceGroup
            id="forHousehold"
            name="forHousehold"
            legend="Who the case is for"
            hint="A case is for the person, and can also be for their household"
            type="checkbox"
            choices={[{ value: "yes", label: `Also for their household at ${props.household.address}` }]}
            selected={values?.forHousehold === "yes" ? ["yes"] : []}
            error={error("forHousehold")}
          />
        )}
        <NeighbourhoodField
          groups={props.neighbourhoods}
          usualLocalityIds={props.usualLocalityIds}
          usualAreaWords={props.usualAreaWords}
          hint={props.neighbourhoodHint}
          defaultValue={values?.neighbourhoodId ?? props.startNeighbourhoodId ?? ""}
          error={error("neighbourhoodId")}
        />
        <ChoiceGroup id="themeIds" name="themeIds" legend="Themes" hint="Select all that apply" type="checkbox" choices={props.themes} selected={values?.themeIds ?? []} error={error("themeIds")} />
        <ChoiceGroup id="riskLevel" name="riskLevel" legend="Risk level" type="radio" inline choices={riskChoices} selected={values?.riskLevel ? [values.riskLevel] : []} error={error("riskLevel")} />
        <TextArea id="summary" name="summary" label="Summary (optional)" hint="Why the case is being opened, in a sentence or two" rows={3} defaultValue={values?.summary} error={error("summary")} />
        <SelectField id="leadProfessionalId" name="leadProfessionalId" label="Lead professional" hint="Your organisation leads the case" options={props.colleagues} defaultValue={values?.leadProfessionalId ?? props.actorId} error={error("leadProfessionalId")} />
        <h2 className="mb-4 mt-8 text-2xl font-bold">Consent to share</h2>
        <ConsentFields values={values} error={error} approvers={props.approvers} />
        <Button type="submit" disabled={pending}>Open shared case</Button>
      </form>
    </>
  );
}
