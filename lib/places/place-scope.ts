// Loads the facts behind an actor's place scope (lib/places/place-access.ts): their roles'
// localities and neighbourhoods, and for workers the neighbourhoods their teams serve.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hasPermission } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { PlaceScope } from "./place-access";

export async function placeScopeFor(actor: Actor): Promise<PlaceScope> {
  const viewsPlaces = hasPermission(actor.roles, "places.view");
  // Admins hold places.view for partnership-wide aggregates; leads hold it for what they lead.
  const partnership = viewsPlaces && actor.roles.includes("PARTNERSHIP_ADMIN");
  const leads = viewsPlaces ? actor.scopes.filter((s) => s.role === "LOCALITY_LEAD") : [];
  const localityIds = new Set(leads.flatMap((s) => (s.localityId ? [s.localityId] : [])));
  const neighbourhoodIds = new Set(leads.flatMap((s) => (s.neighbourhoodId ? [s.neighbourhoodId] : [])));
  if (hasPermission(actor.roles, "places.own-neighbourhood")) {
    const teams = await db.teamMember.findMany({
      where: { userId: actor.userId },
      select: { team: { select: { neighbourhoodId: true } } },
    });
    for (const member of teams) neighbourhoodIds.add(member.team.neighbourhoodId);
  }
  return { partnership, localityIds, neighbourhoodIds, overview: viewsPlaces };
}

/** Dashboard paths of the neighbourhoods a worker's teams serve (their "own neighbourhood"). */
export async function ownNeighbourhoodPaths(actor: Actor): Promise<{ name: string; path: string }[]> {
  const teams = await db.teamMember.findMany({
    where: { userId: actor.userId },
    select: { team: { select: { neighbourhood: { select: { name: true, slug: true, locality: { select: { slug: true } } } } } } },
  });
  const seen = new Map<string, { name: string; path: string }>();
  for (const { team } of teams) {
    const n = team.neighbourhood;
    seen.set(n.slug, { name: n.name, path: `/places/${n.locality.slug}/${n.slug}` });
  }
  return [...seen.values()];
}
