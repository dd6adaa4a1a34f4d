"use client";
// Drafting or changing a sharing agreement: what is shared, why, on what lawful basis, between
// which organisations, and when.
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { DateField } from "@/components/ui/date-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import type { createAgreementAction, updateAgreementAction } from "@/lib/admin/agreements/actions";
import type { AgreementFormOptions } from "@/lib/admin/agreements/queries";
import type { AgreementInput } from "@/lib/admin/agreements/schemas";
import { lawfulBasisLabels } from "@/lib/domain/labels";
import { useForm } from "@/components/ui/use-form";

const fieldOrder = ["title", "purpose", "lawfulBasis", "partyIds", "themeIds", "startsOn", "endsOn", "reviewOn", "status"];
const lawfulBasisOptions = Object.entries(lawfulBasisLabels).map(([value, label]) => ({ value, label }));

export function AgreementForm({
  action,
  initial,
  options,
  canBeDraft,
  submitLabel,
}: {
  action: typeof createAgreementAction | typeof updateAgreementAction;
  initial: AgreementInput & { updatedAt?: string };
  options: AgreementFormOptions;
  canBeDraft: boolean;
  submitLabel: string;
}) {
  const form = useForm(action as typeof createAgreementAction, fieldOrder);
  const values = form.values ?? initial;
  return (
    <>
      <ErrorSummary items={form.summary} />
      <form action={form.formAction} noValidate className="max-w-3xl">
        <input type="hidden" name="id" value={initial.id} />
        {initial.updatedAt && <input type="hidden" name="updatedAt" value={initial.updatedAt} />}
        <TextField id="title" name="title" label="Title" defaultValue={values.title} error={form.error("title")} />
        <TextArea
          id="purpose"
          name="purpose"
          label="Purpose of the sharing"
          hint="What the information is shared for, in plain English"
          rows={4}
          defaultValue={values.purpose}
          error={form.error("purpose")}
        />
        <SelectField
          id="lawfulBasis"
          name="lawfulBasis"
          label="Lawful basis"
          options={lawfulBasisOptions}
          placeholder="Select the lawful basis"
          defaultValue={values.lawfulBasis}
          error={form.error("lawfulBasis")}
        />
        {/* Two columns: the partnership has dozens of organisations. */}
        <div className="sm:[&_fieldset>div.space-y-2]:columns-2 [&_fieldset>div.space-y-2>div]:break-inside-avoid">
          <ChoiceGroup
            id="partyIds"
            name="partyIds"
            legend="Parties to the agreement"
            hint="Select every member organisation that shares under it (at least two)"
            type="checkbox"
            choices={options.organisations.map((o) => ({ value: o.id, label: o.name }))}
            selected={values.partyIds}
            error={form.error("partyIds")}
          />
        </div>
        <ChoiceGroup
          id="themeIds"
          name="themeIds"
          legend="Themes covered"
          hint="A case is shared under the agreement only if it covers every theme of the case"
          type="checkbox"
          inline
          choices={options.themes.map((t) => ({ value: t.id, label: t.name }))}
          selected={values.themeIds}
          error={form.error("themeIds")}
        />
        <DateField id="startsOn" name="startsOn" legend="Start date" hint="For example, 1 4 2026" value={values.startsOn} error={form.error("startsOn")} />
        <DateField id="endsOn" name="endsOn" legend="End date (optional)" hint="Leave blank if it has no end date" value={values.endsOn} error={form.error("endsOn")} />
        <DateField id="reviewOn" name="reviewOn" legend="Review date (optional)" value={values.reviewOn} error={form.error("reviewOn")} />
        {canBeDraft ? (
          <ChoiceGroup
            id="status"
            name="status"
            legend="Status"
            type="radio"
            choices={[
              { value: "DRAFT", label: "Draft", hint: "Nothing is shared under it yet" },
              { value: "ACTIVE", label: "In force", hint: "Sharing is allowed under it from the start date" },
            ]}
            selected={[values.status]}
            error={form.error("status")}
          />
        ) : (
          <input type="hidden" name="status" value="ACTIVE" />
        )}
        <Button type="submit" disabled={form.pending}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}
