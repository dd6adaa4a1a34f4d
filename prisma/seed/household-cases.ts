// Households with several cases, for the person and household pages: a few families of the
// Manchester demo worker's cases, whose partner or eldest child later has a case of their own
// with the same organisation. Deterministic and without random draws (the generator's stream,
// and so every other table, stays as it was): a later case's subject, a person on no other case,
// is replaced by the household member, and the case is for the household.
import type { SeedCase } from "./cases";
import type { People } from "./people";

const HOUSEHOLDS = 3;
const LATER_CASES_PER_HOUSEHOLD = 2;

export function linkHouseholdCases(cases: readonly SeedCase[], people: People, workerId: string): void {
  const casesOf = new Map<string, number>();
  for (const { personId } of people.subjectOf.values()) casesOf.set(personId, (casesOf.get(personId) ?? 0) + 1);
  const personById = new Map(people.persons.map((p) => [p.id, p]));
  // A person with a look-alike record (the demo's likely duplicates) stays, so the pair stays whole.
  const keyOf = (p: { givenName: string; familyName: string; dateOfBirth: unknown }) => `${p.givenName}|${p.familyName}|${String(p.dateOfBirth)}`;
  const records = new Map<string, number>();
  for (const p of people.persons) records.set(keyOf(p), (records.get(keyOf(p)) ?? 0) + 1);
  const replaceable = (c: SeedCase) => {
    const subject = people.subjectOf.get(c.id);
    const person = subject && personById.get(subject.personId);
    return Boolean(person && !subject.householdId && casesOf.get(person.id) === 1 && records.get(keyOf(person)) === 1);
  };
  const removed = new Set<string>();
  let linked = 0;
  for (const first of cases) {
    if (linked === HOUSEHOLDS) break;
    const subject = people.subjectOf.get(first.id);
    if (first.leadProfessional.id !== workerId || !subject?.householdId) continue;
    const householdId = subject.householdId;
    const members = people.persons.filter((p) => p.householdId === householdId && !casesOf.has(p.id));
    const later = cases.filter((c) => c.openedAt > first.openedAt && c.leadOrganisation === first.leadOrganisation && c.neighbourhood === first.neighbourhood && replaceable(c));
    const pairs = Math.min(members.length, later.length, LATER_CASES_PER_HOUSEHOLD);
    if (pairs === 0) continue;
    for (let i = 0; i < pairs; i++) {
      const gone = people.subjectOf.get(later[i].id)!.personId;
      removed.add(gone);
      casesOf.delete(gone);
      casesOf.set(members[i].id, 1);
      people.subjectOf.set(later[i].id, { personId: members[i].id, householdId });
    }
    linked += 1;
  }
  people.persons = people.persons.filter((p) => !removed.has(p.id));
}
