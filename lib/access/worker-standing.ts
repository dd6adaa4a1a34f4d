// Loads what a user's own position inside their organisation gives them (need-to-know.ts): their
// teams, what their supervisor roles cover, and the roles their organisation gives wider access.
// Read as stored now, on every request, like the actor's roles.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { AccessActor } from "./case-policy";
import { isWideAccessRole, type WorkerStanding } from "./need-to-know";

export async function loadWorkerStanding(client: Tx, actor: AccessActor): Promise<WorkerStanding> {
  // One after another: the caller's transaction runs one query at a time.
  const memberships = await client.teamMember.findMany({
    where: { userId: actor.userId },
    select: { team: { select: { id: true, name: true, neighbourhoodId: true, neighbourhood: { select: { name: true } } } } },
  });
const supervision = await client.roleAssignment.findMany({
    where: { userId: actor.userId, role: "SUPERVISOR" },
    select: {
      neighbourhood: { select: { id: true, name: true } },
      team: {
        select: {
          id: true,
          name: true,
          neighbourhood: { select: { id: true, name: true } },
          members: { select: { user: { select: { id: true, name: true } } } },
        },
      },
    },
  });
  const organisation = await client.organisation.findUnique({ where: { id: actor.organisation.id }, select: { wideAccessRoles: true } });
  return {
    teams: memberships.map(({ team }) => ({
      id: team.id,
      name: team.name,
      neighbourhoodId: team.neighbourhoodId,
      neighbourhoodName: team.neighbourhood.name,
    })),
    supervises: supervision.flatMap((s): WorkerStanding["supervises"] => {
      if (s.team) {
        return [{
          teamId: s.team.id,
          teamName: s.team.name,
          neighbourhoodId: s.team.neighbourhood.id,
          neighbourhoodName: s.team.neighbourhood.name,
          members: s.team.members.map((m) => m.user),
        }];
      }
      return s.neighbourhood
        ? [{ teamId: null, teamName: null, neighbourhoodId: s.neighbourhood.id, neighbourhoodName: s.neighbourhood.name, members: [] }]
        : [];
    }),
    organisationWideRoles: (organisation?.wideAccessRoles ?? []).filter(isWideAccessRole).filter((role) => actor.roles.includes(role)),
  };
}
