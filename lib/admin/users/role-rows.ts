// Roles as stored: frontline workers and admins act for their organisation (no scope); a
// locality lead (or budget holder) holds one assignment per locality or neighbourhood (schema.prisma).
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { LeadArea } from "./schemas";

export type RoleRow = { role: Role; localityId: string | null; neighbourhoodId: string | null };

export function roleRows(roles: readonly Role[], leadAreas: readonly LeadArea[]): RoleRow[] {
  return [...new Set(roles)].flatMap((role): RoleRow[] =>
    role === "LOCALITY_LEAD" || role === "BUDGET_HOLDER"
      ? leadAreas.map((area) => ({ role, ...area }))
      : [{ role, localityId: null, neighbourhoodId: null }],
  );
}

/** True when every area named exists (a form can be tampered with). */
export async function leadAreasExist(tx: Tx, areas: readonly LeadArea[]): Promise<boolean> {
  const localityIds = [...new Set(areas.flatMap((a) => (a.localityId ? [a.localityId] : [])))];
  const neighbourhoodIds = [...new Set(areas.flatMap((a) => (a.neighbourhoodId ? [a.neighbourhoodId] : [])))];
  // One after the other: queries on a transaction's single connection cannot overlap.
  const localities = localityIds.length ? await tx.locality.count({ where: { id: { in: localityIds } } }) : 0;
  const neighbourhoods = neighbourhoodIds.length ? await tx.neighbourhood.count({ where: { id: { in: neighbourhoodIds } } }) : 0;
  return localities === localityIds.length && neighbourhoods === neighbourhoodIds.length;
}
