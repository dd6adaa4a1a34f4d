"use server";
// Server actions of the user pages: authenticate, then hand the form to the command (which
// checks the permission again, validates, writes and audits in one transaction).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { asAdmin } from "../as-admin";
import { formExpired, formFailure } from "@/lib/forms/failures";
import type { FormState } from "@/lib/forms/form-state";
import { textOf, textsOf } from "@/lib/forms/form-values";
import type { FormFailure } from "@/lib/forms/form-state";
import { changeUserRoles } from "./change-roles";
import { createUser } from "./create-user";
import { moveUser } from "./move-user";
import { resetMfa } from "./reset-mfa";
import { resetPassword } from "./reset-password";
import type { CreateUserInput, EditUserInput, MoveUserInput, UserIdInput, UserRolesInput } from "./schemas";
import { setUserActive } from "./set-user-active";
import { updateUser } from "./update-user";

/** After a create or reset: whom the set-password link was emailed to (the link itself never comes back). */
export type LinkState<Values> =
  | Exclude<FormState<Values>, { ok: true }>
  | { ok: true; userId: string; userName: string; emailedTo: string; expiresAt: string | null };

type LinkResult<Values> = FormFailure<Values> | { ok: true; id: string; name: string; email: string; expiresAt: Date | null };

function linkState<Values>(result: LinkResult<Values>): LinkState<Values> {
  if (!result.ok) return result;
  revalidatePath("/admin/users");
  return { ok: true, userId: result.id, userName: result.name, emailedTo: result.email, expiresAt: result.expiresAt?.toISOString() ?? null };
}

export async function createUserAction(
  _previous: LinkState<CreateUserInput>,
  formData: FormData,
): Promise<LinkState<CreateUserInput>> {
  const result = await asAdmin({
    id: textOf(formData, "id"),
    name: textOf(formData, "name"),
    email: textOf(formData, "email"),
    jobTitle: textOf(formData, "jobTitle"),
    organisationId: textOf(formData, "organisationId"),
    roles: textsOf(formData, "roles") as UserRolesInput["roles"],
    leadAreas: textsOf(formData, "leadAreas"),
    supervisedAreas: textsOf(formData, "supervisedAreas"),
  }, createUser);
  return linkState(result);
}

export async function updateUserAction(_previous: FormState<EditUserInput>, formData: FormData): Promise<FormState<EditUserInput>> {
  const result = await asAdmin({
    id: textOf(formData, "id"),
    name: textOf(formData, "name"),
    email: textOf(formData, "email"),
    jobTitle: textOf(formData, "jobTitle"),
    updatedAt: textOf(formData, "updatedAt"),
  }, updateUser);
  if (!result.ok) return result;
  revalidatePath("/admin/users");
  redirect(`/admin/users/${result.id}?done=updated`);
}

export async function changeUserRolesAction(
  _previous: FormState<UserRolesInput>,
  formData: FormData,
): Promise<FormState<UserRolesInput>> {
  const result = await asAdmin({
    id: textOf(formData, "id"),
    roles: textsOf(formData, "roles") as UserRolesInput["roles"],
    leadAreas: textsOf(formData, "leadAreas"),
    supervisedAreas: textsOf(formData, "supervisedAreas"),
  }, changeUserRoles);
  if (!result.ok) return result;
  revalidatePath("/admin/users");
  redirect(`/admin/users/${result.id}?done=roles`);
}

// The deactivate and reactivate buttons say which they are: anything else is a tampered form.
const activeField = z.enum(["true", "false"]).transform((value) => value === "true");

export async function setUserActiveAction(_previous: FormState<UserIdInput>, formData: FormData): Promise<FormState<UserIdInput>> {
  const id = textOf(formData, "id");
  const parsed = activeField.safeParse(textOf(formData, "active"));
  if (!parsed.success) return formFailure({ id }, formExpired);
  const active = parsed.data;
  const result = await asAdmin({ id }, (actor, input) => setUserActive(actor, active, input));
  if (!result.ok) return result;
  revalidatePath("/admin/users");
  redirect(`/admin/users/${result.id}?done=${active ? "reactivated" : "deactivated"}`);
}

export async function resetPasswordAction(_previous: LinkState<UserIdInput>, formData: FormData): Promise<LinkState<UserIdInput>> {
  const result = await asAdmin({ id: textOf(formData, "id") }, resetPassword);
  return linkState(result);
}

export async function moveUserAction(_previous: FormState<MoveUserInput>, formData: FormData): Promise<FormState<MoveUserInput>> {
  const result = await asAdmin({ id: textOf(formData, "id"), organisationId: textOf(formData, "organisationId") }, moveUser);
  if (!result.ok) return result;
  revalidatePath("/admin/users");
  redirect(`/admin/users/${result.id}?done=moved`);
}

export async function resetMfaAction(_previous: FormState<UserIdInput>, formData: FormData): Promise<FormState<UserIdInput>> {
  const result = await asAdmin({ id: textOf(formData, "id") }, resetMfa);
  if (!result.ok) return result;
  revalidatePath("/admin/users");
  redirect(`/admin/users/${result.id}?done=mfa-reset`);
}
