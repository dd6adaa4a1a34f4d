// Times person search three ways — by name (with two letters swapped, as typed in a hurry), by
// NHS number and by postcode — through searchPeople(), the function the page's action calls, and
// as the floor: the same look-up as one bare SQL query on the same data, without the visibility
// rule, the audit row or the DTO. The two alternate, run after run.
import type pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { searchPeople } from "@/lib/people/queries";
import { parseSearchTerms } from "@/lib/people/search-terms";
import { nhsNumberLookup } from "@/lib/people/nhs-number-field";
import { timeBoth, type Timing } from "../dashboard/measure";

export type Sample = { personId: string; givenName: string; familyName: string; postcode: string | null; nhsNumber: string | null };
export type LookupTimings = { lib: Timing; floor: Timing; found: number; tried: number };

const columns = `p.id, p."givenName", p."familyName", p."dateOfBirth", p.postcode, p."nhsNumberCiphertext"`;

/** A family name as typed with its second and third letters swapped ("Davies" → "Dvaies"). */
export function misspelt(familyName: string): string {
  return familyName.length < 4 ? familyName : familyName[0] + familyName[2] + familyName[1] + familyName.slice(3);
}

function nameFloor(text: string) {
  const terms = parseSearchTerms(text);
  if (terms.kind !== "name") throw new Error(`"${text}" is not a name search`);
  // The same per-word conditions and order as gt_find_people (migration person_search).
  const eachWord = terms.words.map((_, i) => `AND (p."nameVariants" && gt_name_variants($${i + 3}) OR $${i + 3} <% p."searchName")`).join(" ");
  return {
    text: `SELECT ${columns} FROM "Person" p WHERE true ${eachWord}
      ORDER BY (CASE WHEN string_to_array(p."searchName", ' ') @> $1::text[] THEN 1 ELSE 0 END
        + word_similarity($2, p."searchName") + similarity($2, p."searchName")) DESC, p."familyName", p."givenName", p.id
      LIMIT 50`,
    values: [terms.words, terms.words.join(" "), ...terms.words],
  };
}

type Lookup = { name: string; text: (s: Sample) => string; floor: (s: Sample) => { text: string; values: unknown[] } };

export const lookups: Lookup[] = [
  { name: "name (a typo)", text: (s) => `${s.givenName} ${misspelt(s.familyName)}`, floor: (s) => nameFloor(`${s.givenName} ${misspelt(s.familyName)}`) },
  {
    name: "NHS number",
    text: (s) => s.nhsNumber ?? "",
    floor: (s) => ({ text: `SELECT ${columns} FROM "Person" p WHERE p."nhsNumberHash" = $1 LIMIT 50`, values: [nhsNumberLookup(s.nhsNumber ?? "")] }),
  },
  {
    name: "postcode",
    text: (s) => s.postcode ?? "",
    floor: (s) => ({ text: `SELECT ${columns} FROM "Person" p WHERE p.postcode = $1 ORDER BY p."familyName", p."givenName" LIMIT 50`, values: [s.postcode] }),
  },
];

export async function measureLookup(options: { pool: pg.Pool; actor: Actor; samples: Sample[]; lookup: Lookup; runs: number; warmUp: number }): Promise<LookupTimings> {
  const { pool, actor, lookup, runs, warmUp } = options;
  const samples = options.samples.filter((s) => lookup.text(s));
  let turn = 0;
  let libTurn = 0;
  let found = 0;
  let tried = 0;
  const [lib, floor] = await timeBoth(
    runs,
    warmUp,
    async () => {
      const sample = samples[libTurn++ % samples.length];
      const { people } = await searchPeople(actor, lookup.text(sample));
      tried += 1;
      if (people.some((p) => p.id === sample.personId)) found += 1;
    },
    () => {
      const sample = samples[turn++ % samples.length];
      const { text, values } = lookup.floor(sample);
      return pool.query(text, values);
    },
  );
  return { lib, floor, found, tried };
}
