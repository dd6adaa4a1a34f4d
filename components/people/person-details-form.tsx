"use client";
// Editing a person's details: the version it was loaded at goes with the form, so a save over
// someone else's change is refused with both versions shown and what was typed kept.
import { useActionState } from "react";
import { ConflictPanel } from "@/components/cases/conflict-panel";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { FormState } from "@/lib/forms/form-state";
import { personDetailsFieldOrder } from "@/lib/people/person-record-schemas";
import type { PersonDetailsValues } from "@/lib/people/update-person-details";

type Action = (state: FormState<PersonDetailsValues>, formData: FormData) => Promise<FormState<PersonDetailsValues>>;

export function PersonDetailsForm({ action, current }: { action: Action; current: PersonDetailsValues }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary: items, values, conflict } = formFeedback(state, personDetailsFieldOrder);
  const shown = values ?? current;
  return (
    <>
      <ErrorSummary items={items} />
      {conflict && <ConflictPanel changes={conflict} record="person" />}
      <form action={formAction} noValidate>
        <input type="hidden" name="version" value={shown.version} />
        <TextField id="givenName" name="givenName" label="First name" autoComplete="off" defaultValue={shown.givenName} error={error("givenName")} />
        <TextField id="familyName" name="familyName" label="Last name" autoComplete="off" defaultValue={shown.familyName} error={error("familyName")} />
        <DateField id="dateOfBirth" name="dateOfBirth" legend="Date of birth" hint="For example, 27 3 1985" value={shown.dateOfBirth} error={error("dateOfBirth")} />
        <TextField id="nhsNumber" name="nhsNumber" label="NHS number (optional)" hint="10 digits, for example 943 476 5919" inputMode="numeric" widthClass="w-48" defaultValue={shown.nhsNumber} error={error("nhsNumber")} />
        <TextField id="addressLine1" name="addressLine1" label="Address (optional)" hint="Changing the address does not move the person to another household: do that on their page" defaultValue={shown.addressLine1} error={error("addressLine1")} />
        <TextField id="town" name="town" label="Town or city (optional)" widthClass="w-64" defaultValue={shown.town} error={error("town")} />
        <TextField id="postcode" name="postcode" label="Postcode (optional)" widthClass="w-32" defaultValue={shown.postcode} error={error("postcode")} />
        <Button type="submit" disabled={pending}>Save changes</Button>
      </form>
    </>
  );
}
