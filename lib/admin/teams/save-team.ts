// Adding and changing co-located teams: name, the neighbourhood served and the base address.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { isUniqueViolationOn } from "@/lib/forms/database-errors";
import { changedSinceOpened, fieldFailure, formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { assertPermitted } from "../permission";
import { editTeamSchema, teamSchema, type EditTeamInput, type TeamInput } from "./schemas";

const duplicateName = "The neighbourhood already has a team with this name";

async function nameProblem(data: { id: string; name: string; neighbourhoodId: string }): Promise<string | null> {
  const neighbourhood = await db.neighbourhood.findUnique({ where: { id: data.neighbourhoodId }, select: { id: true } });
  if (!neighbourhood) return "neighbourhood";
  const clash = await db.team.findFirst({
    where: { neighbourhoodId: data.neighbourhoodId, name: { equals: data.name, mode: "insensitive" }, id: { not: data.id } },
    select: { id: true },
  });
  return clash ? "name" : null;
}

export async function createTeam(actor: Actor, input: TeamInput): Promise<CommandResult<TeamInput, { id: string }>> {
  assertPermitted(actor);
  const parsed = teamSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const data = parsed.data;
  if (await db.team.findUnique({ where: { id: data.id }, select: { id: true } })) return { ok: true, id: data.id };
  const problem = await nameProblem(data);
  if (problem === "neighbourhood") return fieldFailure(input, "neighbourhoodId", "Select the neighbourhood the team serves");
  if (problem === "name") return fieldFailure(input, "name", duplicateName);
  try {
    await db.$transaction(async (tx) => {
      await tx.team.create({ data });
      await writeAuditEvent(tx, {
        actor: auditActorOf(actor),
        action: "admin.team.create",
        recordType: "Team",
        recordId: data.id,
        details: { neighbourhoodId: data.neighbourhoodId },
      });
    });
  } catch (error) {
    if (isUniqueViolationOn(error, "Team", "neighbourhoodId", "name")) return fieldFailure(input, "name", duplicateName);
    throw error;
  }
  return { ok: true, id: data.id };
}

export async function updateTeam(actor: Actor, input: EditTeamInput): Promise<CommandResult<EditTeamInput, { id: string }>> {
  assertPermitted(actor);
  const parsed = editTeamSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { updatedAt, ...data } = parsed.data;
  const problem = await nameProblem(data);
  if (problem === "neighbourhood") return fieldFailure(input, "neighbourhoodId", "Select the neighbourhood the team serves");
  if (problem === "name") return fieldFailure(input, "name", duplicateName);
  try {
    const saved = await db.$transaction(async (tx) => {
      const { count } = await tx.team.updateMany({ where: { id: data.id, updatedAt: new Date(updatedAt) }, data });
      if (count === 0) return false;
      await writeAuditEvent(tx, {
        actor: auditActorOf(actor),
        action: "admin.team.update",
        recordType: "Team",
        recordId: data.id,
        details: { neighbourhoodId: data.neighbourhoodId },
      });
      return true;
    });
    if (!saved) return formFailure(input, changedSinceOpened);
  } catch (error) {
    if (isUniqueViolationOn(error, "Team", "neighbourhoodId", "name")) return fieldFailure(input, "name", duplicateName);
    throw error;
  }
  return { ok: true, id: data.id };
}
