"use server";
// Server actions of the user pages: authenticate, then hand the form to the command (which
// checks the permission again, validates, writes and audits in one transaction).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import type { FormState } from "@/lib/forms/form-state";
import { textOf, textsOf } from "../form-data";
import type { Failure } from "../form-result";
import { changeUserRoles } from "./change-roles";
import { createUser } from "./create-user";
import { moveUser } from "./move-user";
import { resetPassword } from "./reset-password";
import type { CreateUserInput, EditUserInput, MoveUserInput, UserIdInput, UserRolesInput } from "./schemas";
import { setUserActive } from "./set-user-active";
import { updateUser } from "./update-user";

/** After a create or reset, the link is shown once, on the page that made it. */
export type LinkState<Values> =
  | Exclude<FormState<Values>, { ok: true }>
  | { ok: true; userId: string; userName: string; setPasswordPath: string | null; expiresAt: string | null };

type LinkResult<Values> =
  | Failure<Values>
  | { ok: true; id: string; name: string; setPasswordPath: string | null; expiresAt: Date | null };

function linkState<Values>(result: LinkResult<Values>): LinkState<Values> {
  if (!result.ok) return result;
  revalidatePath("/admin/users");
  return {
    ok: true,
    userId: result.id,
    userName: result.name,
    setPasswordPath: result.setPasswordPath,
    expiresAt: result.expiresAt?.toISOString() ?? null,
  };
}

export async function createUserAction(
  _previous: LinkState<CreateUserInput>,
  formData: FormData,
): Promise<LinkState<CreateUserInput>> {
  const actor = await requireActor("admin.manage");
  const result = await createUser(actor, {
    id: textOf(formData, "id"),
    name: textOf(formData, "name"),
    email: textOf(formData, "email"),
    jobTitle: textOf(formData, "jobTitle"),
    organisationId: textOf(formData, "organisationId"),
    roles: textsOf(formData, "roles") as UserRolesInput["roles"],
    leadAreas: textsOf(formData, "leadAreas"),
    supervisedAreas: textsOf(formData, "supervisedAreas"),
  });
  return linkState(result);
}

export async function updateUserAction(_previous: FormState<EditUserInput>, formData: FormData): Promise<FormState<EditUserInput>> {
  const actor = await requireActor("admin.manage");
  const result = await updateUser(actor, {
    id: textOf(formData, "id"),
    name: textOf(formData, "name"),
    email: textOf(formData, "email"),
    jobTitle: textOf(formData, "jobTitle"),
    updatedAt: textOf(formData, "updatedAt"),
  });
  if (!result.ok) return result;
  revalidatePath("/admin/users");
  redirect(`/admin/users/${result.id}?done=updated`);
}

export async function changeUserRolesAction(
  _previous: FormState<UserRolesInput>,
  formData: FormData,
): Promise<FormState<UserRolesInput>> {
  const actor = await requireActor("admin.manage");
  const result = await changeUserRoles(actor, {
    id: textOf(formData, "id"),
    roles: textsOf(formData, "roles") as UserRolesInput["roles"],
    leadAreas: textsOf(formData, "leadAreas"),
    supervisedAreas: textsOf(formData, "supervisedAreas"),
  });
  if (!result.ok) return result;
  revalidatePath("/admin/users");
  redirect(`/admin/users/${result.id}?done=roles`);
}

export async function setUserActiveAction(_previous: FormState<UserIdInput>, formData: FormData): Promise<FormState<UserIdInput>> {
  const actor = await requireActor("admin.manage");
  const active = textOf(formData, "active") === "true";
  const result = await setUserActive(actor, active, { id: textOf(formData, "id") });
  if (!result.ok) return result;
  revalidatePath("/admin/users");
  redirect(`/admin/users/${result.id}?done=${active ? "reactivated" : "deactivated"}`);
}

export async function resetPasswordAction(_previous: LinkState<UserIdInput>, formData: FormData): Promise<LinkState<UserIdInput>> {
  const actor = await requireActor("admin.manage");
  const result = await resetPassword(actor, { id: textOf(formData, "id") });
  return linkState(result);
}

export async function moveUserAction(_previous: FormState<MoveUserInput>, formData: FormData): Promise<FormState<MoveUserInput>> {
  const actor = await requireActor("admin.manage");
  const result = await moveUser(actor, { id: textOf(formData, "id"), organisationId: textOf(formData, "organisationId") });
  if (!result.ok) return result;
  revalidatePath("/admin/users");
  redirect(`/admin/users/${result.id}?done=moved`);
}
