// Loads what a user's own position inside their organisation gives them (need-to-know.ts): their
// teams, what their supervisor roles cover, and the roles their organisation gives wider access.
// Read as stored now, on every request, like the actor's roles — so in one statement (nested
// relation reads would be one round trip per table, on every decision and list).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/create-client";
import type { AccessActor } from "./case-policy";
import { isWideAccessRole, type WorkerStanding } from "./need-to-know";

type StandingRow = { teams: WorkerStanding["teams"]; supervises: WorkerStanding["supervises"]; wideAccessRoles: Role[] | null };

export async function loadWorkerStanding(client: Tx, actor: AccessActor): Promise<WorkerStanding> {
  const [row] = await client.$queryRaw<StandingRow[]>(Prisma.sql`
    SELECT
      coalesce((
        SELECT json_agg(json_build_object('id', t.id, 'name', t.name, 'neighbourhoodId', t."neighbourhoodId", 'neighbourhoodName', n.name) ORDER BY t.name, t.id)
        FROM "TeamMember" m JOIN "Team" t ON t.id = m."teamId" JOIN "Neighbourhood" n ON n.id = t."neighbourhoodId"
        WHERE m."userId" = ${actor.userId}::uuid
      ), '[]'::json) AS teams,
      -- A supervisor role names a team (its neighbourhood and members) or a neighbourhood.
      coalesce((
        SELECT json_agg(json_build_object(
                 'teamId', t.id, 'teamName', t.name,
                 'neighbourhoodId', coalesce(tn.id, rn.id), 'neighbourhoodName', coalesce(tn.name, rn.name),
                 'members', CASE WHEN t.id IS NULL THEN '[]'::json ELSE coalesce((
                   SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name, u.id)
                   FROM "TeamMember" tm JOIN "User" u ON u.id = tm."userId" WHERE tm."teamId" = t.id
                 ), '[]'::json) END
               ) ORDER BY r."createdAt", r.id)
        FROM "RoleAssignment" r
        LEFT JOIN "Team" t ON t.id = r."teamId" LEFT JOIN "Neighbourhood" tn ON tn.id = t."neighbourhoodId"
        LEFT JOIN "Neighbourhood" rn ON rn.id = r."neighbourhoodId"
        WHERE r."userId" = ${actor.userId}::uuid AND r.role = 'SUPERVISOR' AND (t.id IS NOT NULL OR rn.id IS NOT NULL)
      ), '[]'::json) AS supervises,
      (SELECT o."wideAccessRoles"::text[] FROM "Organisation" o WHERE o.id = ${actor.organisation.id}::uuid) AS "wideAccessRoles"`);
  return {
    teams: row.teams,
    supervises: row.supervises,
    organisationWideRoles: (row.wideAccessRoles ?? []).filter(isWideAccessRole).filter((role) => actor.roles.includes(role)),
  };
}
