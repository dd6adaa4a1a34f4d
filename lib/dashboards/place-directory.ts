// The partnership's places (localities and neighbourhoods with their populations) as read once
// per page, with their dashboard paths.
import type { PlaceRef } from "./dashboard-types";

export type PlaceRow = {
  id: string;
  name: string;
  slug: string;
  population: number;
  localityId: string;
  localityName: string;
  localitySlug: string;
  hasBoundary: boolean;
};

export type LocalityEntry = { ref: PlaceRef; slug: string; neighbourhoods: NeighbourhoodEntry[] };
export type NeighbourhoodEntry = { ref: PlaceRef; slug: string; localityId: string };

export type PlaceDirectory = {
  partnership: PlaceRef;
  localities: LocalityEntry[];
  localityById: Map<string, LocalityEntry>;
  neighbourhoodById: Map<string, NeighbourhoodEntry>;
};

export const partnershipId = "partnership";

export function placeDirectory(rows: readonly PlaceRow[]): PlaceDirectory {
  const localityById = new Map<string, LocalityEntry>();
  const neighbourhoodById = new Map<string, NeighbourhoodEntry>();
  for (const row of rows) {
    const locality = localityById.get(row.localityId) ?? {
      ref: { id: row.localityId, level: "locality", name: row.localityName, href: `/places/${row.localitySlug}`, population: 0, hasBoundary: false, localityId: null },
      slug: row.localitySlug,
      neighbourhoods: [],
    };
    const neighbourhood: NeighbourhoodEntry = {
      ref: {
        id: row.id,
        level: "neighbourhood",
        name: row.name,
        href: `/places/${row.localitySlug}/${row.slug}`,
        population: row.population,
        hasBoundary: row.hasBoundary,
        localityId: row.localityId,
      },
      slug: row.slug,
      localityId: row.localityId,
    };
    locality.neighbourhoods.push(neighbourhood);
    locality.ref = { ...locality.ref, population: locality.ref.population + row.population };
    localityById.set(row.localityId, locality);
    neighbourhoodById.set(row.id, neighbourhood);
  }
  const localities = [...localityById.values()].sort((a, b) => a.ref.name.localeCompare(b.ref.name, "en-GB"));
  const population = localities.reduce((sum, l) => sum + l.ref.population, 0);
  return {
    partnership: { id: partnershipId, level: "partnership", name: "All localities", href: "/places", population, hasBoundary: false, localityId: null },
    localities,
    localityById,
    neighbourhoodById,
  };
}

export function localityBySlug(directory: PlaceDirectory, slug: string): LocalityEntry | null {
  return directory.localities.find((l) => l.slug === slug) ?? null;
}

export function neighbourhoodBySlug(locality: LocalityEntry, slug: string): NeighbourhoodEntry | null {
  return locality.neighbourhoods.find((n) => n.slug === slug) ?? null;
}
