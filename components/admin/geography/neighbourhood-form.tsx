"use client";
// Adding or changing a neighbourhood: code, name, population and the wards of its locality it
// covers (a ward chosen here leaves the neighbourhood it was in).
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import type { createNeighbourhoodAction, updateNeighbourhoodAction } from "@/lib/admin/geography/actions";
import type { WardChoice } from "@/lib/admin/geography/queries";
import type { NeighbourhoodInput } from "@/lib/admin/geography/schemas";
import { neighbourhoodPopulationRange } from "@/lib/domain/population";
import { useForm } from "@/components/ui/use-form";

type Initial = NeighbourhoodInput & { updatedAt?: string };

export function NeighbourhoodForm({
  action,
  initial,
  wards,
  submitLabel,
}: {
  action: typeof createNeighbourhoodAction | typeof updateNeighbourhoodAction;
  initial: Initial;
  wards: WardChoice[];
  submitLabel: string;
}) {
  const form = useForm(action as typeof createNeighbourhoodAction, ["code", "name", "population", "wardCodes"]);
  const values = form.values ?? initial;
  const { min, max } = neighbourhoodPopulationRange;
  return (
    <>
      <ErrorSummary items={form.summary} />
      <form action={form.formAction} noValidate className="max-w-3xl">
        <input type="hidden" name="id" value={initial.id} />
        <input type="hidden" name="localityId" value={initial.localityId} />
        {initial.updatedAt && <input type="hidden" name="updatedAt" value={initial.updatedAt} />}
        <TextField id="code" name="code" label="Code" hint="For example, MAN-N13" widthClass="w-48" spellCheck={false} defaultValue={values.code} error={form.error("code")} />
        <TextField id="name" name="name" label="Name" defaultValue={values.name} error={form.error("name")} />
        <TextField
          id="population"
          name="population"
          label="Resident population"
          hint={`The model sizes neighbourhoods at ${min.toLocaleString("en-GB")} to ${max.toLocaleString("en-GB")} residents. Outside that is allowed, and flagged.`}
          inputMode="numeric"
          widthClass="w-40"
          defaultValue={values.population}
          error={form.error("population")}
        />
        {wards.length > 0 ? (
          <ChoiceGroup
            id="wardCodes"
            name="wardCodes"
            legend="Wards covered"
            hint="An integrated neighbourhood team usually covers 2 to 4 wards."
            type="checkbox"
            choices={wards.map((w) => ({
              value: w.code,
              label: `${w.name} (${w.code})`,
              hint: w.neighbourhoodName && w.neighbourhoodId !== initial.id ? `Now in ${w.neighbourhoodName}` : undefined,
            }))}
            selected={values.wardCodes}
            error={form.error("wardCodes")}
          />
        ) : (
          <p className="mb-6">This locality has no wards recorded.</p>
        )}
        <Button type="submit" disabled={form.pending}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}
