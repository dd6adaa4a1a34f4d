"use client";
// Adding or editing an organisation: its name and type.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { organisationTypeLabels } from "@/lib/domain/labels";
import { useForm, type FormAction } from "@/components/ui/use-form";

type Values = { id: string; name: string; type: string; updatedAt?: string };

const typeOptions = Object.entries(organisationTypeLabels).map(([value, label]) => ({ value, label }));

export function OrganisationForm<V extends Values>({
  action,
  initial,
  submitLabel,
}: {
  action: FormAction<V>;
  initial: V;
  submitLabel: string;
}) {
  const form = useForm(action, ["name", "type"]);
  const values = form.values ?? initial;
  return (
    <>
      <ErrorSummary items={form.summary} />
      <form action={form.formAction} noValidate className="max-w-2xl">
        <input type="hidden" name="id" value={initial.id} />
        {initial.updatedAt && <input type="hidden" name="updatedAt" value={initial.updatedAt} />}
        <TextField id="name" name="name" label="Name" defaultValue={values.name} error={form.error("name")} autoComplete="organization" />
        <SelectField
          id="type"
          name="type"
          label="Type of organisation"
          options={typeOptions}
          placeholder="Select a type"
          defaultValue={values.type}
          error={form.error("type")}
        />
        <Button type="submit" disabled={form.pending}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}
