// The places barrier logs are kept for, found by the slugs in their addresses. Barriers are open
// to every user, so any signed-in user may open any place's log.
import "server-only";
import { db } from "@/lib/db";

export type LogScope =
  | { kind: "partnership"; name: string; path: string }
  | { kind: "locality"; localityId: string; name: string; path: string }
  | { kind: "neighbourhood"; neighbourhoodId: string; localityId: string; name: string; path: string; locality: { name: string; path: string } };

export const partnershipScope: LogScope = { kind: "partnership", name: "All places", path: "/barriers" };

export async function logScopeFor(localitySlug: string, neighbourhoodSlug?: string): Promise<LogScope | null> {
  const locality = await db.locality.findUnique({ where: { slug: localitySlug }, select: { id: true, name: true, slug: true } });
  if (!locality) return null;
  const localityPath = `/barriers/places/${locality.slug}`;
  if (!neighbourhoodSlug) return { kind: "locality", localityId: locality.id, name: locality.name, path: localityPath };
  const neighbourhood = await db.neighbourhood.findFirst({ where: { slug: neighbourhoodSlug, localityId: locality.id }, select: { id: true, name: true, slug: true } });
  if (!neighbourhood) return null;
  return {
    kind: "neighbourhood",
    neighbourhoodId: neighbourhood.id,
    localityId: locality.id,
    name: neighbourhood.name,
    path: `${localityPath}/${neighbourhood.slug}`,
    locality: { name: locality.name, path: localityPath },
  };
}

/** Every locality with its neighbourhoods, for choosing a log or the place of a new barrier. */
export async function barrierPlaceDirectory() {
  return db.locality.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true, neighbourhoods: { orderBy: { name: "asc" }, select: { id: true, name: true, slug: true, code: true } } },
  });
}

export type BarrierPlaceDirectory = Awaited<ReturnType<typeof barrierPlaceDirectory>>;
