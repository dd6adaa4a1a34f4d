// Runs of the person page's server actions: editing details, joining and leaving a household.
// Each is called by a worker of the organisation leading a case about the person, and refused
// for a worker of an uninvolved organisation (audited DENIED against the person's record).
import { db } from "@/tests/support/owner-db";
import { searchNameOf } from "@/lib/domain/person-matching";
import { HouseholdRelationship } from "@/lib/generated/prisma/enums";
import { personNotFoundMessage } from "@/lib/people/person-transaction";
import { values } from "./case-runs";
import { run, type RunTable } from "./types";
import type { ActionWorld } from "./world";

const deniedOnPerson = (action: string, recordId: string) => ({
  ends: { returns: { ok: false, formError: personNotFoundMessage } },
  audit: [{ action, outcome: "DENIED" as const, recordId }],
});

/** A person with a case the lead organisation leads, at an address, with a household the lead may see there. */
async function placedPerson(w: ActionWorld) {
  const c = await w.newCase();
  const addressLine1 = `${w.suffix()} Run Street`;
  const household = await db.household.create({ data: { addressLine1, town: "Manchester", postcode: "M4 6AA" } });
  await db.person.update({ where: { id: c.personId }, data: { addressLine1, town: "Manchester", postcode: "M4 6AA" } });
  // Someone the lead recorded already lives there, so the lead may see the household.
  await db.person.create({
    data: { givenName: "Jo", familyName: `Resident${w.suffix()}`, searchName: searchNameOf("Jo", "Resident"), dateOfBirth: new Date(Date.UTC(1970, 0, 1)), createdById: w.lead.userId, householdId: household.id, householdRelationship: "HOUSEHOLDER" },
  });
  return { personId: c.personId, householdId: household.id };
}

const personRecordActions = {
  updatePersonDetailsAction: run({
    prepare: placedPerson,
    call: (w, c) => ({
      actor: w.lead,
      bound: [c.personId],
      form: { givenName: "Alexis", familyName: "Tester", dateOfBirth: { day: "27", month: "3", year: "1985" }, nhsNumber: "943 476 5919", addressLine1: "2 Run Street", town: "Manchester", postcode: "M4 6AA", version: "1" },
    }),
    expected: (_w, c) => ({ ends: { redirect: `/people/${c.personId}?saved=details` }, audit: [{ action: "person.update", outcome: "ALLOWED", recordId: c.personId }] }),
    refused: { as: (w) => w.outsider, expected: (_w, c) => deniedOnPerson("person.update", c.personId) },
    fuzz: {
      bound: [{ kind: "id" }],
      form: {
        givenName: { kind: "text", max: 100 },
        familyName: { kind: "text", max: 100 },
        dateOfBirth: { kind: "date", rule: "pastOrToday" },
        nhsNumber: { kind: "nhsNumber" },
        addressLine1: { kind: "optionalText", max: 200 },
        town: { kind: "optionalText", max: 100 },
        postcode: { kind: "postcode" },
        version: { kind: "version" },
      },
    },
  }),

  joinHouseholdAction: run({
    prepare: placedPerson,
    call: (w, c) => ({ actor: w.lead, bound: [c.personId], form: { householdId: c.householdId, relationship: "CHILD", version: "1" } }),
    expected: (_w, c) => ({ ends: { redirect: `/people/${c.personId}?saved=joined` }, audit: [{ action: "household.join", outcome: "ALLOWED", recordId: c.householdId }] }),
    refused: { as: (w) => w.outsider, expected: (_w, c) => deniedOnPerson("household.join", c.householdId) },
    fuzz: {
      bound: [{ kind: "id" }],
      form: { householdId: { kind: "id" }, relationship: { kind: "choice", values: values(HouseholdRelationship) }, version: { kind: "version" } },
    },
  }),

  leaveHouseholdAction: run({
    prepare: async (w) => {
      const placed = await placedPerson(w);
      await db.person.update({ where: { id: placed.personId }, data: { householdId: placed.householdId, householdRelationship: "PARTNER" } });
      return placed;
    },
    call: (w, c) => ({ actor: w.lead, bound: [c.personId], form: { version: "1" } }),
    expected: (_w, c) => ({ ends: { redirect: `/people/${c.personId}?saved=left` }, audit: [{ action: "household.leave", outcome: "ALLOWED", recordId: c.personId }] }),
    refused: { as: (w) => w.outsider, expected: (_w, c) => deniedOnPerson("household.leave", c.personId) },
    fuzz: { bound: [{ kind: "id" }], form: { version: { kind: "version" } } },
  }),
};

export const personRecordRuns: RunTable = { "lib/people/person-record-actions.ts": personRecordActions };
