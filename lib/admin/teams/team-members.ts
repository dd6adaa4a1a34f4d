// Who sits in a co-located team: people from any member organisation, found by email address.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { fieldFailure, formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { assertPermitted } from "../permission";
import { addTeamMemberSchema, removeTeamMemberSchema, type AddTeamMemberInput, type RemoveTeamMemberInput } from "./schemas";

export async function addTeamMember(
  actor: Actor,
  input: AddTeamMemberInput,
): Promise<CommandResult<AddTeamMemberInput, { teamId: string; name: string }>> {
  assertPermitted(actor);
  const parsed = addTeamMemberSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { teamId, email, roleInTeam } = parsed.data;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, deactivatedAt: true, organisation: { select: { status: true } } },
  });
  if (!user) return fieldFailure(input, "email", "No user has this email address");
  if (user.deactivatedAt || user.organisation.status === "LEFT") {
    return fieldFailure(input, "email", "This user is deactivated or their organisation has left: they cannot join a team");
  }
  const outcome = await db.$transaction(async (tx) => {
    if (!(await tx.team.findUnique({ where: { id: teamId }, select: { id: true } }))) return "missing";
    const already = await tx.teamMember.findUnique({ where: { teamId_userId: { teamId, userId: user.id } }, select: { userId: true } });
    if (already) return "already";
    await tx.teamMember.create({ data: { teamId, userId: user.id, roleInTeam } });
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "admin.team.member-add",
      recordType: "Team",
      recordId: teamId,
      details: { userId: user.id },
    });
    return null;
  });
  if (outcome === "missing") return formFailure(input, "This team no longer exists");
  if (outcome === "already") return fieldFailure(input, "email", `${user.name} is already in this team`);
  return { ok: true, teamId, name: user.name };
}

export async function removeTeamMember(
  actor: Actor,
  input: RemoveTeamMemberInput,
): Promise<CommandResult<RemoveTeamMemberInput, { teamId: string }>> {
  assertPermitted(actor);
  const parsed = removeTeamMemberSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { teamId, userId } = parsed.data;
  const removed = await db.$transaction(async (tx) => {
    const { count } = await tx.teamMember.deleteMany({ where: { teamId, userId } });
    if (count === 0) return false;
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "admin.team.member-remove",
      recordType: "Team",
      recordId: teamId,
      details: { userId },
    });
    return true;
  });
  if (!removed) return formFailure(input, "This person is no longer in the team");
  return { ok: true, teamId };
}
