// Finding people by name: one indexed query (gt_find_people, migration person_search) that
// matches every word by trigram similarity or a one-letter variant, narrows by date of birth and
// postcode, and searches only within the people the actor's organisation may see, closest first.
import "server-only";
import type { Tx } from "@/lib/db/create-client";

export type NameSearch = { words: string[]; dateOfBirth: Date | null; postcode: string | null };

/**
 * Ids of matching people, closest first. Runs inside an actor's transaction (asActor): the
 * database takes the organisation from that context, never from a parameter.
 */
export async function personIdsByName(tx: Tx, search: NameSearch, take: number): Promise<string[]> {
  const born = search.dateOfBirth ? search.dateOfBirth.toISOString().slice(0, 10) : null;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM gt_find_people(${search.words}::text[], ${born}::date, ${search.postcode}::text, ${take}::integer)`;
  return rows.map((r) => r.id);
}
