"use server";
// Server actions of the organisation pages: each authenticates, then hands the form to the
// command (which checks the permission again, validates, writes and audits in one transaction).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { asAdmin } from "../as-admin";
import { formExpired, formFailure } from "@/lib/forms/failures";
import type { FormState } from "@/lib/forms/form-state";
import { choicesOf, textOf } from "@/lib/forms/form-values";
import { readDateParts } from "@/lib/forms/date-parts";
import { changeMembership } from "./change-membership";
import { changeWideAccess } from "./change-wide-access";
import { createOrganisation } from "./create-organisation";
import type { EditOrganisationInput, MembershipChangeInput, OrganisationInput, WideAccessInput } from "./schemas";
import type { MembershipChange } from "./status-rules";
import { updateOrganisation } from "./update-organisation";

export async function createOrganisationAction(
  _previous: FormState<OrganisationInput>,
  formData: FormData,
): Promise<FormState<OrganisationInput>> {
  const result = await asAdmin({
    id: textOf(formData, "id"),
    name: textOf(formData, "name"),
    type: textOf(formData, "type"),
  }, createOrganisation);
  if (!result.ok) return result;
  revalidatePath("/admin/organisations");
  redirect(`/admin/organisations/${result.id}?done=created`);
}

export async function updateOrganisationAction(
  _previous: FormState<EditOrganisationInput>,
  formData: FormData,
): Promise<FormState<EditOrganisationInput>> {
  const result = await asAdmin({
    id: textOf(formData, "id"),
    name: textOf(formData, "name"),
    type: textOf(formData, "type"),
    updatedAt: textOf(formData, "updatedAt"),
  }, updateOrganisation);
  if (!result.ok) return result;
  revalidatePath("/admin/organisations");
  redirect(`/admin/organisations/${result.id}?done=updated`);
}

type MembershipValues = Partial<MembershipChangeInput["activate"] & MembershipChangeInput["suspend"] & MembershipChangeInput["leave"]>;

// The form's hidden field says which change it makes: anything else is a tampered form, not a reinstatement.
const membershipChange = z.enum(["activate", "suspend", "reinstate", "leave"] satisfies MembershipChange[]);

export async function changeMembershipAction(
  _previous: FormState<MembershipValues>,
  formData: FormData,
): Promise<FormState<MembershipValues>> {
  const id = textOf(formData, "id");
  const parsed = membershipChange.safeParse(textOf(formData, "change"));
  if (!parsed.success) return formFailure({ id }, formExpired);
  const change = parsed.data;
  const result =
    change === "activate"
      ? await asAdmin({ id, joinedOn: readDateParts(formData, "joinedOn") }, (actor, input) => changeMembership(actor, "activate", input))
      : change === "suspend"
        ? await asAdmin({ id, reason: textOf(formData, "reason") }, (actor, input) => changeMembership(actor, "suspend", input))
        : change === "leave"
          ? await asAdmin({ id, leftOn: readDateParts(formData, "leftOn") }, (actor, input) => changeMembership(actor, "leave", input))
          : await asAdmin({ id }, (actor, input) => changeMembership(actor, "reinstate", input));
  if (!result.ok) return result;
  revalidatePath("/admin/organisations");
  redirect(`/admin/organisations/${result.id}?done=${change}`);
}

export async function changeWideAccessAction(
  _previous: FormState<WideAccessInput>,
  formData: FormData,
): Promise<FormState<WideAccessInput>> {
  const result = await asAdmin({
    id: textOf(formData, "id"),
    wideAccessRoles: choicesOf(formData, "wideAccessRoles"),
    updatedAt: textOf(formData, "updatedAt"),
  }, changeWideAccess);
  if (!result.ok) return result;
  revalidatePath("/admin/organisations");
  redirect(`/admin/organisations/${result.id}?done=wide-access`);
}
