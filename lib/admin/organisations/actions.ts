"use server";
// Server actions of the organisation pages: each authenticates, then hands the form to the
// command (which checks the permission again, validates, writes and audits in one transaction).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import type { FormState } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { readDateParts } from "@/lib/forms/date-parts";
import { changeMembership } from "./change-membership";
import { createOrganisation } from "./create-organisation";
import type { EditOrganisationInput, MembershipChangeInput, OrganisationInput } from "./schemas";
import { updateOrganisation } from "./update-organisation";

export async function createOrganisationAction(
  _previous: FormState<OrganisationInput>,
  formData: FormData,
): Promise<FormState<OrganisationInput>> {
  const actor = await requireActor("admin.manage");
  const result = await createOrganisation(actor, {
    id: textOf(formData, "id"),
    name: textOf(formData, "name"),
    type: textOf(formData, "type"),
  });
  if (!result.ok) return result;
  revalidatePath("/admin/organisations");
  redirect(`/admin/organisations/${result.id}?done=created`);
}

export async function updateOrganisationAction(
  _previous: FormState<EditOrganisationInput>,
  formData: FormData,
): Promise<FormState<EditOrganisationInput>> {
  const actor = await requireActor("admin.manage");
  const result = await updateOrganisation(actor, {
    id: textOf(formData, "id"),
    name: textOf(formData, "name"),
    type: textOf(formData, "type"),
    updatedAt: textOf(formData, "updatedAt"),
  });
  if (!result.ok) return result;
  revalidatePath("/admin/organisations");
  redirect(`/admin/organisations/${result.id}?done=updated`);
}

type MembershipValues = Partial<MembershipChangeInput["activate"] & MembershipChangeInput["suspend"] & MembershipChangeInput["leave"]>;

export async function changeMembershipAction(
  _previous: FormState<MembershipValues>,
  formData: FormData,
): Promise<FormState<MembershipValues>> {
  const actor = await requireActor("admin.manage");
  const id = textOf(formData, "id");
  const change = textOf(formData, "change");
  const result =
    change === "activate"
      ? await changeMembership(actor, "activate", { id, joinedOn: readDateParts(formData, "joinedOn") })
      : change === "suspend"
        ? await changeMembership(actor, "suspend", { id, reason: textOf(formData, "reason") })
        : change === "leave"
          ? await changeMembership(actor, "leave", { id, leftOn: readDateParts(formData, "leftOn") })
          : await changeMembership(actor, "reinstate", { id });
  if (!result.ok) return result;
  revalidatePath("/admin/organisations");
  redirect(`/admin/organisations/${result.id}?done=${change}`);
}
