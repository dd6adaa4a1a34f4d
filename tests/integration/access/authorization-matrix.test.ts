// The authorization matrix: every relation to a case × every action, each cell run through the
// real data-access function against the real database, compared with the table below.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { addNote } from "@/lib/cases/add-note";
import { getCaseForView } from "@/lib/cases/case-view";
import { changeCaseStatus } from "@/lib/cases/change-case-status";
import { exportCase } from "@/lib/cases/export-case";
import { updateCaseDetails } from "@/lib/cases/update-case-details";
import { db } from "@/tests/support/owner-db";
import { searchPeople } from "@/lib/people/queries";
import { acceptReferral } from "@/lib/referrals/answer-referral";
import { sendReferral } from "@/lib/referrals/send-referral";
import { actorFor, createActor, createAgreement, createCase, createOrganisation, createPlace, createTheme, createUser, daysFromToday } from "../../support/case-factories";
import { formDataOf } from "../../support/form-data";

const actions = ["view", "edit", "addNote", "readOwnOrgNote", "refer", "acceptReferral", "close", "export", "search"] as const;
type MatrixAction = (typeof actions)[number];
const Y = true;
const N = false;
const row = (...cells: boolean[]) => Object.fromEntries(actions.map((a, i) => [a, cells[i]])) as Record<MatrixAction, boolean>;

//                                         view edit note ownNote refer accept close export search
const expected = {
  "lead organisation":                row(Y,   Y,   Y,   Y,      Y,    N,     Y,    Y,     Y),
  "involved, agreement covers":       row(Y,   N,   Y,   N,      Y,    N,     N,    Y,     Y),
  "involved, agreement expired":      row(N,   N,   N,   N,      N,    N,     N,    N,     N),
  "involved, agreement lacks a theme": row(N,  N,   N,   N,      N,    N,     N,    N,     N),
  "pending referral receiver":        row(N,   N,   N,   N,      N,    Y,     N,    N,     N),
  "not involved":                     row(N,   N,   N,   N,      N,    N,     N,    N,     N),
  "partnership admin":                row(N,   N,   N,   N,      N,    N,     N,    N,     N),
  "locality lead of its neighbourhood": row(N, N,   N,   N,      N,    N,     N,    N,     N),
  "locality lead of another place":   row(N,   N,   N,   N,      N,    N,     N,    N,     N),
};
type Relation = keyof typeof expected;

let actors: Record<Relation, Actor>;
let world: { neighbourhoodId: string; themeIds: string[]; involved: string[]; receiverId: string; targetId: string; lead: Actor };

beforeAll(async () => {
  const { neighbourhood } = await createPlace();
  const other = await createPlace();
  const [t1, t2] = [await createTheme("Housing"), await createTheme("Health")];
  const orgs = {
    lead: await createOrganisation(),
    covered: await createOrganisation({ type: "NHS_TRUST" }),
    expired: await createOrganisation({ type: "POLICE" }),
    partial: await createOrganisation({ type: "VCSE" }),
    receiver: await createOrganisation({ type: "HOUSING_PROVIDER" }),
    target: await createOrganisation({ type: "PROBATION" }),
    uninvolved: await createOrganisation({ type: "FIRE_AND_RESCUE" }),
    admin: await createOrganisation({ type: "OTHER" }),
  };
  await createAgreement({ partyIds: [orgs.lead.id, orgs.covered.id, orgs.receiver.id, orgs.target.id], themeIds: [t1.id, t2.id] });
  await createAgreement({ partyIds: [orgs.lead.id, orgs.expired.id], themeIds: [t1.id, t2.id], startsInDays: -400, endsInDays: -1 });
  await createAgreement({ partyIds: [orgs.lead.id, orgs.partial.id], themeIds: [t1.id] });
  const lead = await createActor({ organisationId: orgs.lead.id });
  const leadOf = async (neighbourhoodId: string) => {
    const user = await createUser({ organisationId: orgs.uninvolved.id, roles: [] });
    await db.roleAssignment.create({ data: { userId: user.id, role: "LOCALITY_LEAD", neighbourhoodId } });
    return actorFor(user.id);
  };
  actors = {
    "lead organisation": lead,
    "involved, agreement covers": await createActor({ organisationId: orgs.covered.id }),
    "involved, agreement expired": await createActor({ organisationId: orgs.expired.id }),
    "involved, agreement lacks a theme": await createActor({ organisationId: orgs.partial.id }),
    "pending referral receiver": await createActor({ organisationId: orgs.receiver.id }),
    "not involved": await createActor({ organisationId: orgs.uninvolved.id }),
    "partnership admin": await createActor({ organisationId: orgs.admin.id, roles: ["PARTNERSHIP_ADMIN"] }),
    "locality lead of its neighbourhood": await leadOf(neighbourhood.id),
    "locality lead of another place": await leadOf(other.neighbourhood.id),
  };
  world = {
    neighbourhoodId: neighbourhood.id,
    themeIds: [t1.id, t2.id],
    involved: [orgs.covered.id, orgs.expired.id, orgs.partial.id],
    receiverId: orgs.receiver.id,
    targetId: orgs.target.id,
    lead,
  };
});

/** A fresh case for each cell, so one cell's write cannot change another's answer. */
async function freshCase() {
  const sharedCase = await createCase({ lead: world.lead, neighbourhoodId: world.neighbourhoodId, themeIds: world.themeIds, involvedOrganisationIds: world.involved });
  const referral = await db.referral.create({
    data: {
      caseId: sharedCase.id,
      fromOrganisationId: world.lead.organisation.id,
      sentById: world.lead.userId,
      toOrganisationId: world.receiverId,
      reason: "Needs a tenancy support worker",
      urgency: "SOON",
      themes: { create: world.themeIds.map((themeId) => ({ themeId })) },
    },
  });
  const ownNote = await db.caseNote.create({
    data: {
      caseId: sharedCase.id,
      authorId: world.lead.userId,
      authorOrganisationId: world.lead.organisation.id,
      kind: "NOTE",
      visibility: "OWN_ORGANISATION",
      occurredAt: daysFromToday(-1),
      body: "Lead organisation only",
    },
  });
  return { caseId: sharedCase.id, familyName: sharedCase.person.familyName, referralId: referral.id, ownNoteId: ownNote.id };
}

async function attempt(actor: Actor, action: MatrixAction): Promise<boolean> {
  const c = await freshCase();
  switch (action) {
    case "view":
      return (await getCaseForView(actor, c.caseId)) !== null;
    case "edit":
      return (await updateCaseDetails(actor, c.caseId, formDataOf({ riskLevel: "HIGH", summary: "Edited", themeIds: world.themeIds, version: "1" }))).ok;
    case "addNote":
      return (await addNote(actor, c.caseId, formDataOf({ kind: "CALL", visibility: "ALL_INVOLVED", occurredOn: daysFromToday(0), body: "Called", clientRequestId: randomUUID() }))).ok;
    case "readOwnOrgNote": {
      const view = await getCaseForView(actor, c.caseId);
      return Boolean(view?.chronology.notes.some((n) => n.id === c.ownNoteId));
    }
    case "refer":
      return (await sendReferral(actor, c.caseId, formDataOf({ toOrganisationId: world.targetId, reason: "Probation contact", themeIds: world.themeIds, urgency: "ROUTINE", clientRequestId: randomUUID() }))).ok;
    case "acceptReferral":
      return (await acceptReferral(actor, c.referralId)).ok;
    case "close":
      return (await changeCaseStatus(actor, c.caseId, formDataOf({ status: "CLOSED", closureReason: "OUTCOMES_ACHIEVED", version: "1" }))).ok;
    case "export":
      return (await exportCase(actor, c.caseId)) !== null;
    case "search": {
      const { people } = await searchPeople(actor, c.familyName);
      return people.some((p) => p.cases.some((found) => found.id === c.caseId));
    }
  }
}

describe("authorization matrix", () => {
  it("every role × relation × action gives exactly the expected answer", async () => {
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
    console.log(`Authorization matrix: ${Object.keys(expected).length} relations × ${actions.length} actions = ${cells} cells, ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
  }, 180_000);
});
