// The consent and lawful-basis fields, shared by "open a case" and "record consent".
import { ChoiceGroup } from "@/components/ui/choice-group";
import { DateField } from "@/components/ui/date-field";
import { SelectField, type Option } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { DatePartsInput } from "@/lib/forms/date-parts";
import { consentChoices, lawfulBasisOptions } from "./labels";

export type ConsentFieldValues = {
  consentStatus: string;
  consentDecidedOn: DatePartsInput;
  consentScope: string;
  lawfulBasis: string;
  lawfulBasisApprovedById: string;
  lawfulBasisNote: string;
};

export const consentFieldOrder = ["consentStatus", "consentDecidedOn", "consentScope", "lawfulBasis", "lawfulBasisApprovedById", "lawfulBasisNote"];

export function ConsentFields(props: { values: ConsentFieldValues | null; error: (field: string) => string | undefined; approvers: Option[] }) {
  const { values, error } = props;
  return (
    <>
      <ChoiceGroup id="consentStatus" name="consentStatus" legend="Has the person consented to their information being shared?" type="radio" choices={consentChoices} selected={values?.consentStatus ? [values.consentStatus] : []} error={error("consentStatus")} />
      <DateField id="consentDecidedOn" name="consentDecidedOn" legend="Date of the consent decision" hint="Leave blank if not yet asked. For example, 27 3 2026" value={values?.consentDecidedOn} error={error("consentDecidedOn")} />
      <TextField id="consentScope" name="consentScope" label="Scope of consent (optional)" hint="For example, 'housing and health partners only'" defaultValue={values?.consentScope} error={error("consentScope")} />
      <h3 className="mb-2 text-xl font-bold">Without consent</h3>
      <p className="mb-4 max-w-2xl">
        Other organisations can only be brought in without consent if a lawful basis is recorded and a named person in your
        organisation has approved it.
      </p>
      <SelectField id="lawfulBasis" name="lawfulBasis" label="Lawful basis relied on (optional)" placeholder="None" options={lawfulBasisOptions} defaultValue={values?.lawfulBasis ?? ""} error={error("lawfulBasis")} />
      <SelectField id="lawfulBasisApprovedById" name="lawfulBasisApprovedById" label="Approved by" placeholder="Nobody yet" options={props.approvers} defaultValue={values?.lawfulBasisApprovedById ?? ""} error={error("lawfulBasisApprovedById")} />
      <TextField id="lawfulBasisNote" name="lawfulBasisNote" label="Why this lawful basis applies (optional)" defaultValue={values?.lawfulBasisNote} error={error("lawfulBasisNote")} />
    </>
  );
}
