// The subjects of demo cases: made-up people (British names, dates of birth, NHS numbers from the
// test range, addresses whose postcodes come from PostcodeWard) and some households.
import { londonDayOf } from "@/lib/domain/london-time";
import type { HouseholdRelationship, Prisma } from "@/lib/generated/prisma/client";
import type { SeedCase } from "./cases";
import { searchNameOf } from "@/lib/domain/person-matching";
import { randomName, type PersonName } from "./names";
import { randomNhsNumber } from "./nhs-number";
import { randomAddressIn, type Address, type Postcodes } from "./postcodes";
import { addDays, type Rng } from "./random";

const YEAR_DAYS = 365.25;

/** A person as built: the NHS number in clear, in memory only (the loader stores it sealed). */
export type SeedPerson = Prisma.PersonCreateManyInput & { id: string; nhsNumber: string | null };

export interface People {
  persons: SeedPerson[];
  households: Prisma.HouseholdCreateManyInput[];
  subjectOf: Map<string, { personId: string; householdId: string | null }>;
}

interface PastSubject {
  personId: string;
  householdId: string | null;
  neighbourhoodId: string;
  closedAt: Date;
}

/** Builds people and households for the cases, which must be in opening order. */
export function buildPeople(rng: Rng, cases: readonly SeedCase[], postcodes: Postcodes): People {
  const people: People = { persons: [], households: [], subjectOf: new Map() };
  const nhsNumbers = new Set<string>();
  const pastSubjects: PastSubject[] = [];

  function addPerson(
    name: PersonName,
    dateOfBirth: Date,
    address: Address | null,
    householdId: string | null,
    c: SeedCase,
    relationship: HouseholdRelationship | null,
  ): string {
    const id = rng.uuid();
    people.persons.push({
      id,
      givenName: name.givenName,
      familyName: name.familyName,
      searchName: searchNameOf(name.givenName, name.familyName),
      dateOfBirth,
      nhsNumber: rng.chance(0.7) ? randomNhsNumber(rng, nhsNumbers) : null,
      addressLine1: address?.addressLine1 ?? null,
      town: address?.town ?? null,
      postcode: address?.postcode ?? null,
      householdId,
      householdRelationship: householdId ? relationship : null,
      createdById: c.createdBy.id,
      createdAt: c.openedAt,
      updatedAt: c.openedAt,
    });
    return id;
  }
  const birthDate = (c: SeedCase, minAge: number, maxAge: number) =>
    londonDayOf(addDays(c.openedAt, -rng.float(minAge, maxAge + 1) * YEAR_DAYS));

  for (const c of cases) {
    // Now and then someone comes back to the team after an earlier case closed.
    const returning = rng.chance(0.06)
      ? pastSubjects.find((p) => p.neighbourhoodId === c.neighbourhood.id && p.closedAt < c.openedAt)
      : undefined;
    if (returning) {
      pastSubjects.splice(pastSubjects.indexOf(returning), 1);
      people.subjectOf.set(c.id, { personId: returning.personId, householdId: returning.householdId });
      continue;
    }
    const name = randomName(rng);
    const noFixedAbode = c.themes.includes("HOMELESSNESS") && rng.chance(0.08);
    const address = noFixedAbode ? null : randomAddressIn(rng, postcodes, c.neighbourhood);
    let householdId: string | null = null;
    if (address && rng.chance(c.profile.household)) {
      householdId = rng.uuid();
      people.households.push({
        id: householdId,
        addressLine1: address.addressLine1,
        town: address.town,
        postcode: address.postcode,
        createdAt: c.openedAt,
      });
    }
    const [minAge, maxAge] = c.profile.ages;
    const personId = addPerson(name, birthDate(c, minAge, maxAge), address, householdId, c, "HOUSEHOLDER");
    if (householdId && address) addHouseholdMembers(c, name, address, householdId);
    people.subjectOf.set(c.id, { personId, householdId });
    if (c.closedAt)
      pastSubjects.push({ personId, householdId, neighbourhoodId: c.neighbourhood.id, closedAt: c.closedAt });
  }

  /** A partner now and then, and children of an age that fits the case. */
  function addHouseholdMembers(c: SeedCase, subject: PersonName, address: Address, householdId: string) {
    const withPartner = rng.chance(0.45);
    if (withPartner) {
      const partner = randomName(rng);
      addPerson(
        { givenName: partner.givenName, familyName: rng.chance(0.6) ? subject.familyName : partner.familyName },
        birthDate(c, 20, 50),
        address,
        householdId,
        c,
        "PARTNER",
      );
    }
    // Households hold two to four people in all.
    const young = c.themes.includes("EARLY_YEARS");
    for (let i = rng.int(1, withPartner ? 2 : 3); i > 0; i--) {
      const child = { givenName: randomName(rng).givenName, familyName: subject.familyName };
      addPerson(child, birthDate(c, young ? 0 : 4, young ? 4 : 15), address, householdId, c, "CHILD");
    }
  }

  addLikelyDuplicates(rng, people);
  return people;
}

/**
 * A few records that look like existing people (same name, date of birth and postcode, no NHS
 * number), as another organisation might have entered them, so duplicate checks have work to do.
 */
function addLikelyDuplicates(rng: Rng, people: People) {
  const originals = rng.sample(
    people.persons.filter((p) => p.postcode && p.nhsNumber),
    6,
  );
  for (const original of originals) {
    people.persons.push({ ...original, id: rng.uuid(), nhsNumber: null, householdId: null, householdRelationship: null });
  }
}
