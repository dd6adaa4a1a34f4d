"use client";
// A unit-cost line, or a new version of one from a date: the outcome and who benefits, the
// values per year, how long they last and the adjustments, with the evidence behind them.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, type Option } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { FormState } from "@/lib/forms/form-state";
import { unitCostFieldOrder, type UnitCostValues } from "@/lib/ledger/unit-costs/unit-cost-values";

type Action = (state: FormState<UnitCostValues>, formData: FormData) => Promise<FormState<UnitCostValues>>;

export function UnitCostForm({ action, initial, outcomeTypes, beneficiaries, grades, fixedOutcome, submitLabel }: {
  action: Action;
  initial: UnitCostValues;
  outcomeTypes: Option[];
  beneficiaries: Option[];
  grades: Option[];
  fixedOutcome?: string;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary: items, values } = formFeedback(state, unitCostFieldOrder);
  const v = values ?? initial;
  const money = (id: "fiscal" | "economic" | "social", label: string, hint: string) => (
    <TextField id={id} name={id} label={label} hint={hint} inputMode="decimal" widthClass="w-48" defaultValue={v[id]} error={error(id)} />
  );
  const percent = (id: "deadweight" | "attribution" | "optimismBias", label: string, hint: string) => (
    <TextField id={id} name={id} label={label} hint={hint} inputMode="decimal" widthClass="w-32" defaultValue={v[id]} error={error(id)} />
  );
  return (
    <>
      <ErrorSummary items={items} />
      <form action={formAction} noValidate className="max-w-3xl">
        {fixedOutcome ? (
          <p className="mb-6"><span className="font-bold">Outcome:</span> {fixedOutcome}</p>
        ) : (
          <SelectField id="outcomeTypeId" name="outcomeTypeId" label="Outcome" placeholder="Choose an outcome" options={outcomeTypes} defaultValue={v.outcomeTypeId} error={error("outcomeTypeId")} />
        )}
        <SelectField id="beneficiary" name="beneficiary" label="Who receives the fiscal benefit" hint="A type of organisation (the ones serving each case's place), or one named organisation" placeholder="Nobody: economic or social value only" options={beneficiaries} defaultValue={v.beneficiary} error={error("beneficiary")} />
        {money("fiscal", "Fiscal value per year, in pounds", "Costs the receiving organisation avoids each year after one outcome; 0 if none")}
        {money("economic", "Economic value per year, in pounds", "To people and businesses, for example higher earnings; 0 if none")}
        {money("social", "Social value per year, in pounds", "Health and wellbeing; 0 if none")}
        <TextField id="years" name="years" label="Years the benefit lasts" hint="1 to 10; the first year is not discounted, later ones at 3.5% a year" inputMode="numeric" widthClass="w-24" defaultValue={v.years} error={error("years")} />
        {percent("deadweight", "Deadweight, per cent", "The share of these outcomes that would have happened anyway")}
        {percent("attribution", "Attribution, per cent", "The share of the outcome due to this work")}
        <SelectField id="confidenceGrade" name="confidenceGrade" label="Confidence grade of the evidence" options={grades} defaultValue={v.confidenceGrade} error={error("confidenceGrade")} />
        {percent("optimismBias", "Optimism-bias correction, per cent", "The grade's correction: 0, 5, 10, 15, 25 or 40 for grades 1 to 6, unless your guidance says otherwise")}
        <TextField id="priceYear" name="priceYear" label="Price year" hint="The year whose prices the values are in" inputMode="numeric" widthClass="w-24" defaultValue={v.priceYear} error={error("priceYear")} />
        <TextField id="source" name="source" label="Source" hint="For example, GM Unit Cost Database v2.0, line 123" defaultValue={v.source} error={error("source")} />
        <TextArea id="description" name="description" label="Note (optional)" rows={2} defaultValue={v.description} error={error("description")} />
        <DateField id="effectiveFrom" name="effectiveFrom" legend="Applies to outcomes achieved from" hint="Outcomes achieved before this date keep their value" value={v.effectiveFrom} error={error("effectiveFrom")} />
        <Button type="submit" disabled={pending}>{submitLabel}</Button>
      </form>
    </>
  );
}
