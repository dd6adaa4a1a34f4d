// Made-up but plausibly shaped postcodes (e.g. "BL1 4AB") for each ward, so a demo person's
// postcode derives ward → neighbourhood through PostcodeWard exactly as a real one would.
import { normalisePostcode } from "@/lib/domain/postcode";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Geography, SeedNeighbourhood } from "./geography";
import { randomAddressLine } from "./names";
import type { Rng } from "./random";

// Letters used in the last two characters of a real inward code (no C, I, K, M, O or V).
const INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

export interface SeedPostcode {
  postcode: string;
  wardCode: string;
  neighbourhood: SeedNeighbourhood;
}

export interface Postcodes {
  all: SeedPostcode[];
  byNeighbourhoodId: Map<string, SeedPostcode[]>;
}

export interface Address {
  addressLine1: string;
  town: string;
  postcode: string;
}

function inwardCode(rng: Rng): string {
  return `${rng.int(0, 9)}${rng.pick([...INWARD_LETTERS])}${rng.pick([...INWARD_LETTERS])}`;
}

export function buildPostcodes(rng: Rng, geography: Geography): Postcodes {
  const all: SeedPostcode[] = [];
  const byNeighbourhoodId = new Map<string, SeedPostcode[]>();
  const used = new Set<string>();
  const indexInLocality = new Map<string, number>();
  for (const neighbourhood of geography.neighbourhoods) {
    const districts = neighbourhood.locality.postcodeDistricts;
    const index = indexInLocality.get(neighbourhood.locality.id) ?? 0;
    indexInLocality.set(neighbourhood.locality.id, index + 1);
    const list: SeedPostcode[] = [];
    for (const ward of neighbourhood.wards) {
      // Neighbouring wards mostly share a postcode district, as they do on the ground.
      const district = districts[(index + (rng.chance(0.2) ? 1 : 0)) % districts.length];
      const count = rng.int(2, 3);
      while (list.filter((p) => p.wardCode === ward.code).length < count) {
        // Shaped as the app normalises postcodes, so look-ups from a typed address find it.
        const postcode = normalisePostcode(`${district} ${inwardCode(rng)}`);
        if (!postcode) throw new Error(`Demo data: ${district} is not a postcode district`);
        if (used.has(postcode)) continue;
        used.add(postcode);
        list.push({ postcode, wardCode: ward.code, neighbourhood });
      }
    }
    all.push(...list);
    byNeighbourhoodId.set(neighbourhood.id, list);
  }
  return { all, byNeighbourhoodId };
}

export function postcodeRows(postcodes: Postcodes): Prisma.PostcodeWardCreateManyInput[] {
  return postcodes.all.map((p) => ({ postcode: p.postcode, wardCode: p.wardCode }));
}

/** A made-up address in the neighbourhood, its postcode taken from the PostcodeWard table. */
export function randomAddressIn(rng: Rng, postcodes: Postcodes, neighbourhood: SeedNeighbourhood): Address {
  const postcode = rng.pick(postcodes.byNeighbourhoodId.get(neighbourhood.id) ?? []);
  return { addressLine1: randomAddressLine(rng), town: neighbourhood.locality.name, postcode: postcode.postcode };
}
