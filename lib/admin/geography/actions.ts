"use server";
// Server actions of the geography pages: authenticate, then hand the form to the command.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { asAdmin } from "../as-admin";
import { formExpired, formFailure } from "@/lib/forms/failures";
import type { FormState } from "@/lib/forms/form-state";
import { textOf, textsOf } from "@/lib/forms/form-values";
import { saveLocality } from "./save-locality";
import { createNeighbourhood, updateNeighbourhood } from "./save-neighbourhood";
import type { EditNeighbourhoodInput, LocalityInput, NeighbourhoodInput } from "./schemas";
import { removeNeighbourhoodBoundary } from "./set-boundary";

// The form says whether it adds a locality or changes one: anything else is a tampered form.
const localityMode = z.enum(["create", "update"]);

export async function saveLocalityAction(_previous: FormState<LocalityInput>, formData: FormData): Promise<FormState<LocalityInput>> {
  const values = { id: textOf(formData, "id"), code: textOf(formData, "code"), name: textOf(formData, "name") };
  const parsed = localityMode.safeParse(textOf(formData, "mode"));
  if (!parsed.success) return formFailure(values, formExpired);
  const mode = parsed.data;
  const result = await asAdmin(values, (actor, input) =>
    saveLocality(actor, mode, input),
  );
  if (!result.ok) return result;
  revalidatePath("/admin/geography");
  redirect(`/admin/geography/localities/${result.id}?done=${mode === "create" ? "created" : "updated"}`);
}

function neighbourhoodValues(formData: FormData): NeighbourhoodInput {
  return {
    id: textOf(formData, "id"),
    code: textOf(formData, "code"),
    name: textOf(formData, "name"),
    localityId: textOf(formData, "localityId"),
    population: textOf(formData, "population"),
    wardCodes: textsOf(formData, "wardCodes"),
  };
}

export async function createNeighbourhoodAction(
  _previous: FormState<NeighbourhoodInput>,
  formData: FormData,
): Promise<FormState<NeighbourhoodInput>> {
  const result = await asAdmin(neighbourhoodValues(formData), createNeighbourhood);
  if (!result.ok) return result;
  revalidatePath("/admin/geography");
  redirect(`/admin/geography/neighbourhoods/${result.id}?done=created`);
}

export async function updateNeighbourhoodAction(
  _previous: FormState<EditNeighbourhoodInput>,
  formData: FormData,
): Promise<FormState<EditNeighbourhoodInput>> {
  const result = await asAdmin({ ...neighbourhoodValues(formData), updatedAt: textOf(formData, "updatedAt") }, updateNeighbourhood);
  if (!result.ok) return result;
  revalidatePath("/admin/geography");
  redirect(`/admin/geography/neighbourhoods/${result.id}?done=updated`);
}

export async function removeBoundaryAction(_previous: FormState<{ id: string }>, formData: FormData): Promise<FormState<{ id: string }>> {
  const id = textOf(formData, "id");
  const result = await asAdmin({ id }, (actor, input) => removeNeighbourhoodBoundary(actor, input.id));
  if (!result.ok) return { ok: false, fieldErrors: {}, formError: "message" in result ? result.message : result.formError, values: { id } };
  revalidatePath(`/admin/geography/neighbourhoods/${id}`);
  redirect(`/admin/geography/neighbourhoods/${id}?done=boundary-removed`);
}
