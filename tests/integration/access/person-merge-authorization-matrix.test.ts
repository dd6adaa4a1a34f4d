// The merge and request-to-link authorization matrix: the person matrix's relations × merging two
// records of a person, undoing a merge, asking the organisation holding a record about it, and
// answering such a request — each cell run through the real data-access function against the
// real database. (Its own file, beside person-authorization-matrix.test.ts: each cell needs its own pair.)
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { searchNameOf } from "@/lib/domain/person-matching";
import { answerLinkRequest, sendLinkRequest } from "@/lib/people/link-requests";
import { mergePeople } from "@/lib/people/merge-people";
import { unmergePeople } from "@/lib/people/unmerge-people";
import { db } from "@/tests/support/owner-db";
import { actorFor, createActor, createAgreement, createCase, createOrganisation, createPlace, createTheme, createUser, joinTeam } from "../../support/case-factories";
import { formDataOf } from "../../support/form-data";

const actions = ["merge", "unmerge", "requestLink", "answerLinkRequest"] as const;
type MatrixAction = (typeof actions)[number];
const Y = true;
const N = false;
const row = (...cells: boolean[]) => Object.fromEntries(actions.map((a, i) => [a, cells[i]])) as Record<MatrixAction, boolean>;

//                                              merge unmerge request answer
const expected = {
  "lead organisation":                     row(Y,    Y,      N,      Y),
  "involved, agreement covers":            row(N,    N,      N,      N),
  "involved, agreement expired":           row(N,    N,      Y,      N),
  "involved, agreement lacks a theme":     row(N,    N,      Y,      N),
  // A pending referral already opens the case to its organisation (row security's CaseAccess): the
  // record is not "held elsewhere" for it, so there is nothing to ask; it answers the referral instead.
  "pending referral receiver":             row(N,    N,      N,      N),
  // Recording both records keeps them the organisation's while it may see no case about them.
  "recorded the person, not involved":     row(Y,    Y,      N,      N),
  "not involved":                          row(N,    N,      Y,      N),
  "partnership admin":                     row(N,    N,      N,      N),
  "locality lead of its neighbourhood":    row(N,    N,      N,      N),
};
type Relation = keyof typeof expected;

let actors: Record<Relation, Actor>;
let world: { neighbourhoodId: string; themeIds: string[]; involved: string[]; receiverId: string; lead: Actor; asker: Actor };

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
    asker: await createOrganisation({ type: "PROBATION" }),
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
  const asker = await createActor({ organisationId: orgs.asker.id });
  await joinTeam(neighbourhood.id, ...Object.entries(actors).filter(([relation]) => relation !== "partnership admin").map(([, actor]) => actor));
  world = { neighbourhoodId: neighbourhood.id, themeIds: [t1.id, t2.id], involved: [orgs.covered.id, orgs.expired.id, orgs.partial.id], receiverId: orgs.receiver.id, lead, asker };
});

const born = new Date(Date.UTC(1991, 1, 14));
/** A family name no other cell's matches by trigrams (letters only, random). */
const unlikeAnyOther = () => Array.from(randomUUID().replace(/-/g, ""), (ch) => String.fromCharCode(97 + (parseInt(ch, 16) % 26))).join("").slice(0, 12);

/** A fresh record, recorded by the recorder, with a case the lead leads (partners involved, a pending referral). */
async function freshRecord(familyName: string) {
  const c = await createCase({ lead: world.lead, neighbourhoodId: world.neighbourhoodId, themeIds: world.themeIds, involvedOrganisationIds: world.involved });
  await db.person.update({ where: { id: c.personId }, data: { givenName: "Tamsin", familyName, searchName: searchNameOf("Tamsin", familyName), dateOfBirth: born, createdById: actors["recorded the person, not involved"].userId } });
  await db.referral.create({ data: { caseId: c.id, fromOrganisationId: world.lead.organisation.id, sentById: world.lead.userId, toOrganisationId: world.receiverId, reason: "Tenancy support", urgency: "SOON" } });
  return c.personId;
}

const mergeForm = (keptId: string, awayId: string) => formDataOf({ keptId, awayId, keptVersion: "1", awayVersion: "1", confirmed: "yes" });
const linkForm = (familyName: string) =>
  formDataOf({ givenName: "Tamsin", familyName, dateOfBirth: born, nhsNumber: "", postcode: "", holderOrganisationId: world.lead.organisation.id, reason: "Is this the same person?", clientRequestId: randomUUID() });

async function attempt(actor: Actor, action: MatrixAction): Promise<boolean> {
  const family = unlikeAnyOther();
  const [keptId, awayId] = [await freshRecord(family), await freshRecord(family)];
  switch (action) {
    case "merge":
      return (await mergePeople(actor, mergeForm(keptId, awayId))).ok;
    case "unmerge": {
      const merged = await mergePeople(world.lead, mergeForm(keptId, awayId));
      if (!merged.ok) throw new Error("the cell's merge failed");
      return (await unmergePeople(actor, formDataOf({ mergeId: merged.mergeId, keptVersion: "2" }))).ok;
    }
    case "requestLink":
      return (await sendLinkRequest(actor, linkForm(family))).ok;
    case "answerLinkRequest": {
      const sent = await sendLinkRequest(world.asker, linkForm(family));
      if (!sent.ok) throw new Error("the cell's link request failed");
      return (await answerLinkRequest(actor, formDataOf({ requestId: sent.requestIds[0], answer: "ACCEPTED", answerReason: "Same person" }))).ok;
    }
  }
}

describe("person merge and request-to-link authorization matrix", () => {
  it("every relation × action gives exactly the expected answer", async () => {
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
    console.log(`Person merge authorization matrix: ${Object.keys(expected).length} relations × ${actions.length} actions = ${cells} cells, ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
  }, 300_000);
});
