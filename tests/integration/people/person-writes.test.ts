// Changing a person's record: details with a version check and a history, joining and leaving a
// household; each authorised by the person policy, audited, and made as the actor.
import { beforeAll, describe, expect, it } from "vitest";
import { openCase } from "@/lib/cases/open-case";
import { joinHousehold, leaveHousehold } from "@/lib/people/household-membership";
import { getHouseholdForView } from "@/lib/people/household-view";
import { openNhsNumber } from "@/lib/people/nhs-number-field";
import { getPersonForView } from "@/lib/people/person-view";
import { personNotFoundMessage } from "@/lib/people/person-transaction";
import { personConflictMessage, updatePersonDetails } from "@/lib/people/update-person-details";
import { changedSinceOpened } from "@/lib/forms/failures";
import { asActor } from "@/lib/db/access-context";
import { db } from "@/tests/support/owner-db";
import { daysFromToday } from "../../support/case-factories";
import { formDataOf } from "../../support/form-data";
import { uniqueSuffix } from "../../support/factories";
import { personKnownToTwo, personRecordWorld, type PersonRecordWorld } from "./person-record-world";

let w: PersonRecordWorld;
beforeAll(async () => {
  w = await personRecordWorld();
});

const details = (version: number, overrides: Record<string, string | Date> = {}) =>
  formDataOf({ givenName: "Alex", familyName: "Tester", dateOfBirth: new Date(Date.UTC(1985, 2, 27)), nhsNumber: "", addressLine1: "", town: "", postcode: "", version: String(version), ...overrides });

async function auditSince(mark: Date, userId: string) {
  return db.auditEvent.findMany({ where: { at: { gte: mark }, actorUserId: userId }, orderBy: { id: "asc" }, select: { action: true, outcome: true, recordId: true, details: true, reasons: true } });
}

describe("editing a person's details", () => {
  it("saves, bumps the version, keeps each changed field in the history and audits the field names only", async () => {
    const { personId } = await personKnownToTwo(w);
    const mark = new Date();
    const result = await updatePersonDetails(w.lead, personId, details(1, { familyName: "Renamed", addressLine1: "4 New Road", town: "Salford", postcode: "m5 4wt", nhsNumber: "943 476 5919" }));
    expect(result).toMatchObject({ ok: true });
    const saved = await db.person.findUniqueOrThrow({ where: { id: personId } });
    expect(saved).toMatchObject({ familyName: "Renamed", searchName: "alex renamed", postcode: "M5 4WT", version: 2 });
    expect(openNhsNumber(personId, saved.nhsNumberCiphertext)).toBe("9434765919");
    const history = await db.personChange.findMany({ where: { personId }, orderBy: { field: "asc" } });
    expect(history.map((h) => [h.field, h.fromValue, h.toValue, h.version])).toEqual([
      ["addressLine1", null, "4 New Road", 2],
      ["familyName", expect.stringMatching(/^Tester/), "Renamed", 2],
      ["nhsNumber", null, null, 2],
      ["postcode", null, "M5 4WT", 2],
      ["town", null, "Salford", 2],
    ]);
    expect(await auditSince(mark, w.lead.userId)).toMatchObject([
      { action: "person.update", outcome: "ALLOWED", recordId: personId, details: { fields: ["familyName", "nhsNumber", "addressLine1", "town", "postcode"] } },
    ]);
    const audit = JSON.stringify(await auditSince(mark, w.lead.userId));
    expect(audit).not.toContain("Renamed");
    expect(audit).not.toContain("9434765919");
    const view = await getPersonForView(w.lead, personId, null);
    expect(view?.history.map((h) => h.field).sort()).toEqual(["addressLine1", "familyName", "nhsNumber", "postcode", "town"]);
  });

  it("refuses a stale version: nothing changes, what was typed is kept, the user is told what changed, and it is audited as refused", async () => {
    const { personId } = await personKnownToTwo(w);
    expect(await updatePersonDetails(w.lead, personId, details(1, { givenName: "First" }))).toMatchObject({ ok: true });
    const historyBefore = await db.personChange.count({ where: { personId } });
    const mark = new Date();
    const stale = await updatePersonDetails(w.lead, personId, details(1, { givenName: "Second" }));
    expect(stale).toMatchObject({ ok: false, formError: personConflictMessage, values: { givenName: "Second", version: "2" } });
    expect(stale.ok ? [] : stale.conflict).toContainEqual({ label: "First name", now: "First", yours: "Second" });
    expect((await db.person.findUniqueOrThrow({ where: { id: personId } })).givenName).toBe("First");
    expect(await db.personChange.count({ where: { personId } })).toBe(historyBefore);
    expect(await auditSince(mark, w.lead.userId)).toMatchObject([{ action: "person.update", outcome: "REFUSED", recordId: personId }]);
    // Saving again with the version the conflict gave keeps the user's version.
    expect(await updatePersonDetails(w.lead, personId, details(2, { givenName: "Second" }))).toMatchObject({ ok: true });
  });

  it("is refused to a partner organisation that sees but does not lead a case about them, and to one that sees nothing", async () => {
    const { personId } = await personKnownToTwo(w);
    for (const actor of [w.partner, w.stranger]) {
      const mark = new Date();
      expect(await updatePersonDetails(actor, personId, details(1, { givenName: "Changed" }))).toMatchObject({ ok: false, formError: personNotFoundMessage });
      expect(await auditSince(mark, actor.userId)).toMatchObject([{ action: "person.update", outcome: "DENIED", recordId: personId }]);
    }
    expect((await db.person.findUniqueOrThrow({ where: { id: personId } })).version).toBe(1);
  });

  it("answers invalid input at the field and writes nothing", async () => {
    const { personId } = await personKnownToTwo(w);
    const mark = new Date();
    const result = await updatePersonDetails(w.lead, personId, details(1, { givenName: "", postcode: "nowhere" }));
    expect(result.ok ? null : result.fieldErrors).toMatchObject({ givenName: ["Enter the person's first name"], postcode: ["Enter a real postcode, like M4 6AA"] });
    expect(await auditSince(mark, w.lead.userId)).toEqual([]);
  });
});

describe("joining and leaving a household", () => {
  async function placedPerson() {
    const { personId, sharedCaseId } = await personKnownToTwo(w);
    const street = `${uniqueSuffix()} Household Street`;
    await db.person.update({ where: { id: personId }, data: { addressLine1: street, town: "Manchester", postcode: "M4 6AA" } });
    return { personId, sharedCaseId, street };
  }

  it("makes a new household at the person's address, another person joins it, and the household page lists both with their relationship", async () => {
    const a = await placedPerson();
    const view = await getPersonForView(w.lead, a.personId, null);
    expect(view?.householdChoices).toContainEqual({ value: "new", label: `A new household at ${a.street}, Manchester, M4 6AA` });
    const mark = new Date();
    expect(await joinHousehold(w.lead, a.personId, formDataOf({ householdId: "new", relationship: "HOUSEHOLDER", version: "1" }))).toMatchObject({ ok: true });
    const { householdId } = await db.person.findUniqueOrThrow({ where: { id: a.personId } });
    expect(householdId).not.toBeNull();
    expect(await auditSince(mark, w.lead.userId)).toMatchObject([{ action: "household.join", outcome: "ALLOWED", recordId: householdId }]);

    const b = await placedPerson();
    await db.person.update({ where: { id: b.personId }, data: { addressLine1: "Flat 2", postcode: "M4 6AA" } });
    const choices = (await getPersonForView(w.lead, b.personId, null))?.householdChoices;
    expect(choices).toContainEqual({ value: householdId, label: `${a.street}, Manchester, M4 6AA` });
    expect(await joinHousehold(w.lead, b.personId, formDataOf({ householdId: householdId!, relationship: "CHILD", version: "1" }))).toMatchObject({ ok: true });
    const history = await db.personChange.findMany({ where: { personId: b.personId }, orderBy: { field: "asc" } });
    expect(history.map((h) => [h.field, h.toValue])).toEqual([["household", `${a.street}, Manchester, M4 6AA`], ["householdRelationship", "CHILD"]]);

    await db.sharedCase.update({ where: { id: a.sharedCaseId }, data: { householdId } });
    const household = await getHouseholdForView(w.lead, householdId!);
    expect(household?.members.map((m) => [m.id, m.householdRelationship]).sort()).toEqual([[a.personId, "HOUSEHOLDER"], [b.personId, "CHILD"]].sort());
    expect(household?.cases.map((c) => c.id)).toEqual([a.sharedCaseId]);
    expect((await getPersonForView(w.lead, a.personId, null))?.members.map((m) => m.id)).toEqual([b.personId]);

    // Leaving: the person's household is cleared, the history says from where.
    expect(await leaveHousehold(w.lead, b.personId, formDataOf({ version: "2" }))).toMatchObject({ ok: true });
    expect(await db.person.findUniqueOrThrow({ where: { id: b.personId } })).toMatchObject({ householdId: null, householdRelationship: null, version: 3 });
    expect((await getHouseholdForView(w.lead, householdId!))?.members.map((m) => m.id)).toEqual([a.personId]);
  });

  it("is not found for a worker who sees no member or case of the household, and the refusal is audited", async () => {
    const a = await placedPerson();
    await joinHousehold(w.lead, a.personId, formDataOf({ householdId: "new", relationship: "HOUSEHOLDER", version: "1" }));
    const { householdId } = await db.person.findUniqueOrThrow({ where: { id: a.personId } });
    const mark = new Date();
    expect(await getHouseholdForView(w.stranger, householdId!)).toBeNull();
    expect(await auditSince(mark, w.stranger.userId)).toMatchObject([{ action: "household.view", outcome: "DENIED", recordId: householdId }]);
    // The outsider leads another case about this person: it sees them in the household, not more.
    expect((await getHouseholdForView(w.outsider, householdId!))?.members.map((m) => m.id)).toEqual([a.personId]);
  });

  it("refuses a household the worker may not see, changing nothing, audited as refused", async () => {
    // A household with nobody in it the lead may see.
    const stranger = await db.household.create({ data: { addressLine1: "1 Hidden Lane", town: "Bolton", postcode: "BL1 1AA" } });
    const a = await placedPerson();
    const mark = new Date();
    const result = await joinHousehold(w.lead, a.personId, formDataOf({ householdId: stranger.id, relationship: "PARTNER", version: "1" }));
    expect(result.ok ? null : result.fieldErrors.householdId).toEqual(["Choose a household from the list"]);
    expect(await db.person.findUniqueOrThrow({ where: { id: a.personId } })).toMatchObject({ householdId: null, version: 1 });
    expect(await auditSince(mark, w.lead.userId)).toMatchObject([{ action: "household.join", outcome: "REFUSED", recordId: stranger.id }]);
  });

  it("refuses a stale version and a partner's change", async () => {
    const a = await placedPerson();
    expect(await joinHousehold(w.lead, a.personId, formDataOf({ householdId: "new", relationship: "HOUSEHOLDER", version: "7" }))).toMatchObject({ ok: false, formError: changedSinceOpened });
    expect(await joinHousehold(w.partner, a.personId, formDataOf({ householdId: "new", relationship: "HOUSEHOLDER", version: "1" }))).toMatchObject({ ok: false, formError: personNotFoundMessage });
    expect(await leaveHousehold(w.lead, a.personId, formDataOf({ version: "1" }))).toMatchObject({ ok: false });
    expect(await db.person.findUniqueOrThrow({ where: { id: a.personId } })).toMatchObject({ householdId: null, version: 1 });
    expect(await db.household.count({ where: { addressLine1: a.street } })).toBe(0);
  });
});

describe("opening a case for a person and their household", () => {
  const caseForm = (personId: string, overrides: Record<string, string> = {}) =>
    formDataOf({
      personId,
      neighbourhoodId: w.neighbourhood.id,
      themeIds: w.themeIds,
      riskLevel: "MEDIUM",
      summary: "",
      leadProfessionalId: w.lead.userId,
      consentStatus: "GIVEN",
      consentDecidedOn: daysFromToday(0),
      clientRequestId: w.requestId(),
      ...overrides,
    });

  it("links the case to the person's household when ticked, and only then", async () => {
    const { personId } = await personKnownToTwo(w);
    await db.person.update({ where: { id: personId }, data: { addressLine1: `${uniqueSuffix()} Case Road`, postcode: "M4 6AA" } });
    await joinHousehold(w.lead, personId, formDataOf({ householdId: "new", relationship: "PARENT", version: "1" }));
    const { householdId } = await db.person.findUniqueOrThrow({ where: { id: personId } });
    const forHousehold = await openCase(w.lead, caseForm(personId, { forHousehold: "yes" }));
    const justPerson = await openCase(w.lead, caseForm(personId));
    if (!forHousehold.ok || !justPerson.ok) throw new Error("not opened");
    expect((await db.sharedCase.findUniqueOrThrow({ where: { id: forHousehold.caseId } })).householdId).toBe(householdId);
    expect((await db.sharedCase.findUniqueOrThrow({ where: { id: justPerson.caseId } })).householdId).toBeNull();
    expect((await getHouseholdForView(w.lead, householdId!))?.cases.map((c) => c.id)).toEqual([forHousehold.caseId]);
  });

  it("refuses the household box for a person in no household, opening nothing", async () => {
    const { personId } = await personKnownToTwo(w);
    const before = await db.sharedCase.count({ where: { personId } });
    const result = await openCase(w.lead, caseForm(personId, { forHousehold: "yes" }));
    expect(result.ok ? null : result.fieldErrors.forHousehold).toEqual(["The person is not in a household: record it on their page first, or untick the box"]);
    expect(await db.sharedCase.count({ where: { personId } })).toBe(before);
  });
});

describe("row security on a person's history", () => {
  it("shows the history only to organisations that may see the person, and the app may not rewrite it", async () => {
    const { personId } = await personKnownToTwo(w);
    expect(await updatePersonDetails(w.lead, personId, details(1, { givenName: "Secret" }))).toMatchObject({ ok: true });
    const unfiltered = (actor: typeof w.lead) => asActor(actor, (tx) => tx.personChange.findMany({ where: { personId }, select: { id: true } }));
    expect((await unfiltered(w.lead)).length).toBeGreaterThan(0);
    expect(await unfiltered(w.stranger)).toEqual([]);
    await expect(asActor(w.lead, (tx) => tx.personChange.deleteMany({ where: { personId } }))).rejects.toThrow(/permission denied|42501/i);
    await expect(asActor(w.lead, (tx) => tx.personChange.updateMany({ where: { personId }, data: { toValue: "x" } }))).rejects.toThrow(/permission denied|42501/i);
  });
});
