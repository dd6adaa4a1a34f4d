"use client";
// The open-a-case form's neighbourhood: grouped by locality (the organisation's usual area
// first), starting from the person's postcode or the worker's team, with a warning as soon as a
// neighbourhood outside the organisation's usual area is chosen.
import { useState } from "react";
import { SelectField } from "@/components/ui/select-field";
import { WarningText } from "@/components/ui/warning-text";
import { isOutsideUsualArea } from "@/lib/cases/neighbourhood-choice";

export type NeighbourhoodGroup = { localityId: string; label: string; options: { value: string; label: string }[] };

type Props = {
  groups: NeighbourhoodGroup[];
  usualLocalityIds: string[];
  usualAreaWords: string;
  hint: string;
  defaultValue: string;
  error?: string;
};

export function NeighbourhoodField({ groups, usualLocalityIds, usualAreaWords, hint, defaultValue, error }: Props) {
  const [chosen, setChosen] = useState(defaultValue);
  const ordered = [...groups].sort(
    (a, b) => Number(!usualLocalityIds.includes(a.localityId)) - Number(!usualLocalityIds.includes(b.localityId)) || a.label.localeCompare(b.label, "en-GB"),
  );
  const group = groups.find((g) => g.options.some((o) => o.value === chosen));
  const outside = isOutsideUsualArea(group?.localityId ?? null, usualLocalityIds);
  return (
    <>
      <SelectField
        id="neighbourhoodId"
        name="neighbourhoodId"
        label="Neighbourhood"
        hint={hint}
        placeholder="Choose a neighbourhood"
        options={[]}
        groups={ordered}
        defaultValue={defaultValue}
        onChange={(e) => setChosen(e.target.value)}
        error={error}
      />
      <div aria-live="polite">
        {outside && group && (
          <WarningText>
            {group.label} is outside your organisation’s usual area ({usualAreaWords}). Check the person lives there, or that
            your organisation should lead a case there.
          </WarningText>
        )}
      </div>
    </>
  );
}
