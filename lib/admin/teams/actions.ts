"use server";
// Server actions of the team pages: authenticate, then hand the form to the command.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { asAdmin } from "../as-admin";
import type { FormState } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { createTeam, updateTeam } from "./save-team";
import type { AddTeamMemberInput, EditTeamInput, RemoveTeamMemberInput, TeamInput } from "./schemas";
import { addTeamMember, removeTeamMember } from "./team-members";

function teamValues(formData: FormData): TeamInput {
  return {
    id: textOf(formData, "id"),
    name: textOf(formData, "name"),
    neighbourhoodId: textOf(formData, "neighbourhoodId"),
    baseAddress: textOf(formData, "baseAddress"),
  };
}

export async function createTeamAction(_previous: FormState<TeamInput>, formData: FormData): Promise<FormState<TeamInput>> {
  const result = await asAdmin(teamValues(formData), createTeam);
  if (!result.ok) return result;
  revalidatePath("/admin/teams");
  redirect(`/admin/teams/${result.id}?done=created`);
}

export async function updateTeamAction(_previous: FormState<EditTeamInput>, formData: FormData): Promise<FormState<EditTeamInput>> {
  const result = await asAdmin({ ...teamValues(formData), updatedAt: textOf(formData, "updatedAt") }, updateTeam);
  if (!result.ok) return result;
  revalidatePath("/admin/teams");
  redirect(`/admin/teams/${result.id}?done=updated`);
}

export async function addTeamMemberAction(
  _previous: FormState<AddTeamMemberInput>,
  formData: FormData,
): Promise<FormState<AddTeamMemberInput>> {
  const result = await asAdmin({
    teamId: textOf(formData, "teamId"),
    email: textOf(formData, "email"),
    roleInTeam: textOf(formData, "roleInTeam"),
  }, addTeamMember);
  if (!result.ok) return result;
  revalidatePath(`/admin/teams/${result.teamId}`);
  redirect(`/admin/teams/${result.teamId}?done=member-added`);
}

export async function removeTeamMemberAction(
  _previous: FormState<RemoveTeamMemberInput>,
  formData: FormData,
): Promise<FormState<RemoveTeamMemberInput>> {
  const result = await asAdmin({ teamId: textOf(formData, "teamId"), userId: textOf(formData, "userId") }, removeTeamMember);
  if (!result.ok) return result;
  revalidatePath(`/admin/teams/${result.teamId}`);
  redirect(`/admin/teams/${result.teamId}?done=member-removed`);
}
