// The places a locality lead leads, with aggregate figures only (no case content).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isPopulationOutsideModel } from "@/lib/domain/population";
import { suppressCount, type SuppressedCount } from "@/lib/domain/suppression";

export type LedNeighbourhood = {
  id: string;
  name: string;
  code: string;
  slug: string;
  population: number;
  populationFlagged: boolean;
  openCases: SuppressedCount;
};

export type LedLocality = { id: string; name: string; slug: string; neighbourhoods: LedNeighbourhood[] };

/** Localities the actor leads (with all their neighbourhoods) and single neighbourhoods they lead. */
export async function listLedPlaces(actor: Actor): Promise<LedLocality[]> {
  const leadScopes = actor.scopes.filter((s) => s.role === "LOCALITY_LEAD");
  const localityIds = leadScopes.flatMap((s) => (s.localityId ? [s.localityId] : []));
  const neighbourhoodIds = leadScopes.flatMap((s) => (s.neighbourhoodId ? [s.neighbourhoodId] : []));
  if (localityIds.length === 0 && neighbourhoodIds.length === 0) return [];

  const neighbourhoods = await db.neighbourhood.findMany({
    where: { OR: [{ localityId: { in: localityIds } }, { id: { in: neighbourhoodIds } }] },
    orderBy: [{ locality: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      code: true,
      slug: true,
      population: true,
      locality: { select: { id: true, name: true, slug: true } },
    },
  });
  const open = await db.sharedCase.groupBy({
    by: ["neighbourhoodId"],
    where: { neighbourhoodId: { in: neighbourhoods.map((n) => n.id) }, status: { not: "CLOSED" } },
    _count: { _all: true },
  });
  const openByNeighbourhood = new Map(open.map((o) => [o.neighbourhoodId, o._count._all]));

  const localities = new Map<string, LedLocality>();
  for (const n of neighbourhoods) {
    const locality = localities.get(n.locality.id) ?? { ...n.locality, neighbourhoods: [] };
    locality.neighbourhoods.push({
      id: n.id,
      name: n.name,
      code: n.code,
      slug: n.slug,
      population: n.population,
      populationFlagged: isPopulationOutsideModel(n.population),
      openCases: suppressCount(openByNeighbourhood.get(n.id) ?? 0),
    });
    localities.set(n.locality.id, locality);
  }
  return [...localities.values()];
}
