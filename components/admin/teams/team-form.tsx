"use client";
// Adding or changing a co-located team: name, neighbourhood served and base address.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import type { createTeamAction, updateTeamAction } from "@/lib/admin/teams/actions";
import type { TeamInput } from "@/lib/admin/teams/schemas";
import { useForm } from "@/components/ui/use-form";

export function TeamForm({
  action,
  initial,
  neighbourhoods,
  submitLabel,
}: {
  action: typeof createTeamAction | typeof updateTeamAction;
  initial: TeamInput & { updatedAt?: string };
  neighbourhoods: { value: string; label: string }[];
  submitLabel: string;
}) {
  const form = useForm(action as typeof createTeamAction, ["name", "neighbourhoodId", "baseAddress"]);
  const values = form.values ?? initial;
  return (
    <>
      <ErrorSummary items={form.summary} />
      <form action={form.formAction} noValidate className="max-w-2xl">
        <input type="hidden" name="id" value={initial.id} />
        {initial.updatedAt && <input type="hidden" name="updatedAt" value={initial.updatedAt} />}
        <TextField id="name" name="name" label="Team name" defaultValue={values.name} error={form.error("name")} />
        <SelectField
          id="neighbourhoodId"
          name="neighbourhoodId"
          label="Neighbourhood served"
          options={neighbourhoods}
          placeholder="Select a neighbourhood"
          defaultValue={values.neighbourhoodId}
          error={form.error("neighbourhoodId")}
        />
        <TextArea
          id="baseAddress"
          name="baseAddress"
          label="Base address"
          hint="Where the team is co-located"
          rows={3}
          defaultValue={values.baseAddress}
          error={form.error("baseAddress")}
        />
        <Button type="submit" disabled={form.pending}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}
