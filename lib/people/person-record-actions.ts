"use server";
// The person page's server actions: public endpoints. Each parses the person id its page bound,
// authenticates, and delegates to a function that validates, authorises through the person
// policy and writes with its audit row. If the database cannot answer for a moment the form
// comes back with everything typed (lib/forms/keeping-input.ts).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { uuid } from "@/lib/domain/uuid";
import { formFailure } from "@/lib/forms/failures";
import type { FormFailure, FormState } from "@/lib/forms/form-state";
import { keepingInput } from "@/lib/forms/keeping-input";
import { joinHousehold, joinValuesOf, leaveHousehold, leaveValuesOf, type JoinHouseholdValues, type LeaveHouseholdValues } from "./household-membership";
import { personNotFoundMessage, type PersonWriteDone } from "./person-transaction";
import { personDetailsValuesOf, updatePersonDetails, type PersonDetailsValues } from "./update-person-details";

type PersonWrite<V> = (actor: Awaited<ReturnType<typeof requireActor>>, personId: string, formData: FormData) => Promise<PersonWriteDone | FormFailure<V>>;

async function personForm<V>(personId: unknown, formData: FormData, valuesOf: (f: FormData) => V, write: PersonWrite<V>, saved: string): Promise<FormState<V>> {
  const id = uuid().safeParse(personId);
  if (!id.success) return formFailure(valuesOf(formData), personNotFoundMessage);
  const result = await keepingInput(
    () => valuesOf(formData),
    async () => write(await requireActor("cases.work"), id.data, formData),
  );
  if (!result.ok) return result;
  revalidatePath(`/people/${id.data}`);
  redirect(`/people/${id.data}?saved=${saved}`);
}

export async function updatePersonDetailsAction(personId: unknown, _: FormState<PersonDetailsValues>, formData: FormData): Promise<FormState<PersonDetailsValues>> {
  return personForm(personId, formData, personDetailsValuesOf, updatePersonDetails, "details");
}

export async function joinHouseholdAction(personId: unknown, _: FormState<JoinHouseholdValues>, formData: FormData): Promise<FormState<JoinHouseholdValues>> {
  return personForm(personId, formData, joinValuesOf, joinHousehold, "joined");
}

export async function leaveHouseholdAction(personId: unknown, _: FormState<LeaveHouseholdValues>, formData: FormData): Promise<FormState<LeaveHouseholdValues>> {
  return personForm(personId, formData, leaveValuesOf, leaveHousehold, "left");
}
