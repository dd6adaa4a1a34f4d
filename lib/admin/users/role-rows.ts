// Roles as stored: frontline workers and admins act for their organisation (no scope); a
// locality lead (or budget holder) holds one assignment per locality or neighbourhood led, a
// supervisor one per team or neighbourhood led (schema.prisma).
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { LeadArea, SupervisedArea } from "./schemas";

export type RoleRow = { role: Role; localityId: string | null; neighbourhoodId: string | null; teamId: string | null };

export function roleRows(roles: readonly Role[], leadAreas: readonly LeadArea[], supervisedAreas: readonly SupervisedArea[] = []): RoleRow[] {
  return [...new Set(roles)].flatMap((role): RoleRow[] => {
    if (role === "LOCALITY_LEAD" || role === "BUDGET_HOLDER") return leadAreas.map((area) => ({ role, ...area, teamId: null }));
    // A supervisor imported without teams keeps one unscoped assignment (responsible for none).
    if (role === "SUPERVISOR" && supervisedAreas.length > 0) return supervisedAreas.map((area) => ({ role, localityId: null, ...area }));
    return [{ role, localityId: null, neighbourhoodId: null, teamId: null }];
  });
}

/** True when every area named exists (a form can be tampered with). */
export async function leadAreasExist(tx: Tx, areas: readonly LeadArea[], supervised: readonly SupervisedArea[] = []): Promise<boolean> {
  const localityIds = [...new Set(areas.flatMap((a) => (a.localityId ? [a.localityId] : [])))];
  const neighbourhoodIds = [...new Set([...areas, ...supervised].flatMap((a) => (a.neighbourhoodId ? [a.neighbourhoodId] : [])))];
  const teamIds = [...new Set(supervised.flatMap((a) => (a.teamId ? [a.teamId] : [])))];
  if (teamIds.length && (await tx.team.count({ where: { id: { in: teamIds } } })) !== teamIds.length) return false;
  // One after the other: queries on a transaction's single connection cannot overlap.
  const localities = localityIds.length ? await tx.locality.count({ where: { id: { in: localityIds } } }) : 0;
  const neighbourhoods = neighbourhoodIds.length ? await tx.neighbourhood.count({ where: { id: { in: neighbourhoodIds } } }) : 0;
  return localities === localityIds.length && neighbourhoods === neighbourhoodIds.length;
}
