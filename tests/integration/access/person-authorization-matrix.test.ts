// The person record's authorization matrix: every relation to a person × every action on their
// record, each cell run through the real data-access function against the real database, compared
// with the table below (the case matrix's relations, and an organisation that recorded the person).
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { joinHousehold, leaveHousehold } from "@/lib/people/household-membership";
import { getHouseholdForView } from "@/lib/people/household-view";
import { getPersonForView } from "@/lib/people/person-view";
import { updatePersonDetails } from "@/lib/people/update-person-details";
import { db } from "@/tests/support/owner-db";
import { actorFor, createActor, createAgreement, createCase, createOrganisation, createPlace, createTheme, createUser, daysFromToday, joinTeam } from "../../support/case-factories";
import { uniqueSuffix } from "../../support/factories";
import { formDataOf } from "../../support/form-data";

const actions = ["view", "readOwnOrgNote", "edit", "joinHousehold", "leaveHousehold", "viewHousehold"] as const;
type MatrixAction = (typeof actions)[number];
const Y = true;
const N = false;
const row = (...cells: boolean[]) => Object.fromEntries(actions.map((a, i) => [a, cells[i]])) as Record<MatrixAction, boolean>;

//                                              view ownNote edit join leave household
const expected = {
  "lead organisation":                     row(Y,   Y,      Y,   Y,   Y,    Y),
  "involved, agreement covers":            row(Y,   N,      N,   N,   N,    Y),
  "involved, agreement expired":           row(N,   N,      N,   N,   N,    N),
  "involved, agreement lacks a theme":     row(N,   N,      N,   N,   N,    N),
  "pending referral receiver":             row(N,   N,      N,   N,   N,    N),
  // Recording a person keeps them the organisation's record while it may see no case about them.
  "recorded the person, not involved":     row(Y,   N,      Y,   Y,   Y,    Y),
  "not involved":                          row(N,   N,      N,   N,   N,    N),
  "partnership admin":                     row(N,   N,      N,   N,   N,    N),
  "locality lead of its neighbourhood":    row(N,   N,      N,   N,   N,    N),
};
type Relation = keyof typeof expected;

let actors: Record<Relation, Actor>;
let world: { neighbourhoodId: string; themeIds: string[]; involved: string[]; receiverId: string; lead: Actor };

beforeAll(async () => {
  const { neighbourhood } = await createPlace();
  const [t1, t2] = [await createTheme("Housing"), await createTheme("Health")];
  const orgs = {
    lead: await createOrganisation(),
    covered: await createOrganisation({ type: "NHS_TRUST" }),
    expired: await createOrganisation({ type: "POLICE" }),
    partial: await createOrganisation({ type: "VCSE" }),
    receiver: await createOrganisation({ type: "HOUSING_PROVIDER" }),
    recorder: await createOrganisation({ type: "EDUCATION" }),
    uninvolved: await createOrganisation({ type: "FIRE_AND_RESCUE" }),
    admin: await createOrganisation({ type: "OTHER" }),
  };
  await createAgreement({ partyIds: [orgs.lead.id, orgs.covered.id, orgs.receiver.id], themeIds: [t1.id, t2.id] });
  await createAgreement({ partyIds: [orgs.lead.id, orgs.expired.id], themeIds: [t1.id, t2.id], startsInDays: -400, endsInDays: -1 });
  await createAgreement({ partyIds: [orgs.lead.id, orgs.partial.id], themeIds: [t1.id] });
  const lead = await createActor({ organisationId: orgs.lead.id });
  const localityLead = await createUser({ organisationId: orgs.uninvolved.id, roles: [] });
  await db.roleAssignment.create({ data: { userId: localityLead.id, role: "LOCALITY_LEAD", neighbourhoodId: neighbourhood.id } });
  actors = {
    "lead organisation": lead,
    "involved, agreement covers": await createActor({ organisationId: orgs.covered.id }),
    "involved, agreement expired": await createActor({ organisationId: orgs.expired.id }),
    "involved, agreement lacks a theme": await createActor({ organisationId: orgs.partial.id }),
    "pending referral receiver": await createActor({ organisationId: orgs.receiver.id }),
    "recorded the person, not involved": await createActor({ organisationId: orgs.recorder.id }),
    "not involved": await createActor({ organisationId: orgs.uninvolved.id }),
    "partnership admin": await createActor({ organisationId: orgs.admin.id, roles: ["PARTNERSHIP_ADMIN"] }),
    "locality lead of its neighbourhood": await actorFor(localityLead.id),
  };
  // Every worker is in the neighbourhood's team, so what decides each cell is the organisation's
  // relation to the person (need-to-know inside an organisation has its own matrix).
  await joinTeam(neighbourhood.id, ...Object.entries(actors).filter(([relation]) => relation !== "partnership admin").map(([, actor]) => actor));
  world = { neighbourhoodId: neighbourhood.id, themeIds: [t1.id, t2.id], involved: [orgs.covered.id, orgs.expired.id, orgs.partial.id], receiverId: orgs.receiver.id, lead };
});

/** A fresh person for each cell: recorded by the recorder, in a household at their address, with a case for it. */
async function freshPerson() {
  const c = await createCase({ lead: world.lead, neighbourhoodId: world.neighbourhoodId, themeIds: world.themeIds, involvedOrganisationIds: world.involved });
  const addressLine1 = `${uniqueSuffix()} Matrix Road`;
  const household = await db.household.create({ data: { addressLine1, town: "Manchester", postcode: "M4 6AA" } });
  await db.person.update({
    where: { id: c.personId },
    data: { addressLine1, town: "Manchester", postcode: "M4 6AA", householdId: household.id, householdRelationship: "HOUSEHOLDER", createdById: actors["recorded the person, not involved"].userId },
  });
  await db.sharedCase.update({ where: { id: c.id }, data: { householdId: household.id } });
  await db.referral.create({
    data: { caseId: c.id, fromOrganisationId: world.lead.organisation.id, sentById: world.lead.userId, toOrganisationId: world.receiverId, reason: "Tenancy support", urgency: "SOON" },
  });
  const ownNote = await db.caseNote.create({
    data: { caseId: c.id, authorId: world.lead.userId, authorOrganisationId: world.lead.organisation.id, kind: "NOTE", visibility: "OWN_ORGANISATION", occurredAt: daysFromToday(-1), body: "Lead organisation only" },
  });
  return { personId: c.personId, householdId: household.id, ownNoteId: ownNote.id };
}

const unfiltered = { organisationId: null, kind: null, from: null, to: null, page: 1 };

async function attempt(actor: Actor, action: MatrixAction): Promise<boolean> {
  const p = await freshPerson();
  switch (action) {
    case "view":
      return (await getPersonForView(actor, p.personId, unfiltered)) !== null;
    case "readOwnOrgNote":
      return Boolean((await getPersonForView(actor, p.personId, unfiltered))?.chronology?.notes.some((n) => n.id === p.ownNoteId));
    case "edit":
      return (await updatePersonDetails(actor, p.personId, formDataOf({ givenName: "Edited", familyName: "Person", dateOfBirth: new Date(Date.UTC(1985, 2, 27)), nhsNumber: "", addressLine1: "", town: "", postcode: "", version: "1" }))).ok;
    case "joinHousehold":
      return (await joinHousehold(actor, p.personId, formDataOf({ householdId: p.householdId, relationship: "PARENT", version: "1" }))).ok;
    case "leaveHousehold":
      return (await leaveHousehold(actor, p.personId, formDataOf({ version: "1" }))).ok;
    case "viewHousehold":
      return (await getHouseholdForView(actor, p.householdId)) !== null;
  }
}

describe("person authorization matrix", () => {
  it("every relation × action on a person's record gives exactly the expected answer", async () => {
    const mismatches: string[] = [];
    let cells = 0;
    for (const relation of Object.keys(expected) as Relation[]) {
      for (const action of actions) {
        cells += 1;
        const allowed = await attempt(actors[relation], action);
        if (allowed !== expected[relation][action]) {
          mismatches.push(`${relation} / ${action}: expected ${expected[relation][action] ? "allowed" : "denied"}, got ${allowed ? "allowed" : "denied"}`);
        }
      }
    }
    console.log(`Person authorization matrix: ${Object.keys(expected).length} relations × ${actions.length} actions = ${cells} cells, ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
  }, 300_000);
});
