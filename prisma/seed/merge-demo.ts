// The merge and request-to-link demo (README "Duplicate records"): one person recorded twice by
// Manchester City Council — two of the Manchester demo worker's open cases, each about a record of
// "Rowan Ashcroft" born 12 July 1986 (one with an NHS number and address, one without) — and a
// person only Bolton Council holds, "Ffion Hargreaves" born 3 September 1979, whom the Manchester
// worker collides with when recording her. Deterministic and without random draws (as
// household-cases.ts), so the generator's stream and every other row stay as they were: it
// renames people already made, each the only subject of one case (the pair in no household).
import { searchNameOf } from "@/lib/domain/person-matching";
import type { SeedCase } from "./cases";
import type { People } from "./people";

export const mergeDemo = {
  duplicate: { givenName: "Rowan", familyName: "Ashcroft", dateOfBirth: new Date(Date.UTC(1986, 6, 12)) },
  heldElsewhere: { givenName: "Ffion", familyName: "Hargreaves", dateOfBirth: new Date(Date.UTC(1979, 8, 3)) },
};

export function stageMergeDemo(cases: readonly SeedCase[], people: People, workers: { manchester: string; bolton: string }): void {
  const casesOf = new Map<string, number>();
  for (const { personId } of people.subjectOf.values()) casesOf.set(personId, (casesOf.get(personId) ?? 0) + 1);
  const personById = new Map(people.persons.map((p) => [p.id, p]));
  const aloneOn = (c: SeedCase, inNoHousehold: boolean) => {
    const subject = people.subjectOf.get(c.id);
    const person = subject ? personById.get(subject.personId) : undefined;
    return person && casesOf.get(person.id) === 1 && (!inNoHousehold || (!subject?.householdId && !person.householdId)) ? person : undefined;
  };
  const open = (c: SeedCase) => c.status !== "CLOSED";
  const manchester = cases.filter((c) => c.leadProfessional.id === workers.manchester && open(c)).flatMap((c) => aloneOn(c, true) ?? []);
  const bolton = cases.filter((c) => c.leadProfessional.id === workers.bolton && open(c)).flatMap((c) => aloneOn(c, false) ?? []);
  if (manchester.length < 2 || bolton.length < 1) return;
  const [first, second] = manchester;
  const rename = (p: (typeof manchester)[number], who: { givenName: string; familyName: string; dateOfBirth: Date }) => {
    Object.assign(p, { givenName: who.givenName, familyName: who.familyName, searchName: searchNameOf(who.givenName, who.familyName), dateOfBirth: who.dateOfBirth });
  };
  rename(first, mergeDemo.duplicate);
  rename(second, mergeDemo.duplicate);
  // The second record was made in a hurry: no NHS number, no address (so the merge has choices).
  Object.assign(second, { nhsNumber: null, addressLine1: null, town: null, postcode: null, createdById: first.createdById });
  rename(bolton[0], mergeDemo.heldElsewhere);
}
