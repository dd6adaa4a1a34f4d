// The partnership's places as the ledger pages name and link them.
import "server-only";
import { db } from "@/lib/db";
import { placesSql, type PlaceRow } from "./ledger-sql";

export type LedgerPlace = { level: "partnership" | "locality" | "neighbourhood"; id: string; name: string; path: string; localityId: string | null; neighbourhoodIds: string[] };

export type LedgerDirectory = { localities: (LedgerPlace & { neighbourhoods: LedgerPlace[] })[] };

export async function ledgerDirectory(): Promise<LedgerDirectory> {
  return directoryOf(await db.$queryRaw<PlaceRow[]>(placesSql()));
}

/** The directory from the places' rows (ledger-sql.ts placesSql). */
export function directoryOf(places: readonly PlaceRow[]): LedgerDirectory {
  const rows = places.map((p) => ({ id: p.id, name: p.name, slug: p.slug, locality: { id: p.localityId, name: p.localityName, slug: p.localitySlug } }));
  const localities = new Map<string, LedgerPlace & { neighbourhoods: LedgerPlace[] }>();
  for (const n of rows) {
    const l = localities.get(n.locality.id) ?? { level: "locality" as const, id: n.locality.id, name: n.locality.name, path: n.locality.slug, localityId: n.locality.id, neighbourhoodIds: [], neighbourhoods: [] };
    l.neighbourhoodIds.push(n.id);
    l.neighbourhoods.push({ level: "neighbourhood", id: n.id, name: n.name, path: `${n.locality.slug}/${n.slug}`, localityId: n.locality.id, neighbourhoodIds: [n.id] });
    localities.set(n.locality.id, l);
  }
  return { localities: [...localities.values()] };
}

export function partnershipPlace(directory: LedgerDirectory): LedgerPlace {
  return { level: "partnership", id: "partnership", name: "All localities", path: "", localityId: null, neighbourhoodIds: directory.localities.flatMap((l) => l.neighbourhoodIds) };
}
