// Subject access requests end to end in the data layer: the officer's partnership-wide lookup,
// logging, gathering every note of every visibility across organisations, withholding with a
// reason (version-checked), the response without what was withheld, and who is refused.
import { beforeAll, describe, expect, it } from "vitest";
import { changedSinceOpened } from "@/lib/forms/failures";
import { withholdItem } from "@/lib/sar/decide-item";
import { extendDueDate } from "@/lib/sar/extend-due-date";
import { findPersonForSar } from "@/lib/sar/find-person-for-sar";
import { logSubjectAccessRequest } from "@/lib/sar/log-request";
import { sarRegister, sarResponse, sarReview } from "@/lib/sar/queries";
import { searchNameOf } from "@/lib/domain/person-matching";
import { db } from "@/tests/support/owner-db";
import { createAdmin } from "../../support/admin-factories";
import { createActor, createPerson, daysFromToday } from "../../support/case-factories";
import { formDataOf } from "../../support/form-data";
import { caseWorld, type CaseWorld } from "../cases/case-world";

let w: CaseWorld;
let officer: Awaited<ReturnType<typeof createActor>>;
let otherOfficer: Awaited<ReturnType<typeof createActor>>;

beforeAll(async () => {
  w = await caseWorld();
  officer = await createActor({ organisationId: w.leadOrg.id, roles: ["DATA_PROTECTION_OFFICER"] });
  otherOfficer = await createActor({ organisationId: w.outsider.organisation.id, roles: ["DATA_PROTECTION_OFFICER"] });
});

const note = (caseId: string, author: CaseWorld["lead"], body: string, visibility: "ALL_INVOLVED" | "OWN_ORGANISATION") =>
  db.caseNote.create({ data: { caseId, authorId: author.userId, authorOrganisationId: author.organisation.id, kind: "NOTE", visibility, occurredAt: new Date(), body }, select: { id: true } });

async function logRequest(personId: string, receivedOn = daysFromToday(-3)) {
  const made = await logSubjectAccessRequest(officer, formDataOf({ personId, receivedOn, identityCheckedBy: "A. Clerk", identityCheckMethod: "Passport seen", clientRequestId: w.requestId() }));
  if (!made.ok) throw new Error(`not logged: ${JSON.stringify(made)}`);
  return made.id;
}

const version = async (id: string) => String((await db.subjectAccessRequest.findUniqueOrThrow({ where: { id } })).version);

async function auditOf(requestId: string, userId: string) {
  return db.auditEvent.findMany({ where: { actorUserId: userId, OR: [{ recordId: requestId }, { details: { path: ["requestId"], equals: requestId } }] }, orderBy: { id: "asc" }, select: { action: true, outcome: true } });
}

describe("a subject access request about a person with cases led by two organisations", () => {
  let personId: string;
  let requestId: string;
  const bodies = {
    leadShared: "SAR lead shared: visited, tenancy at risk",
    leadOwn: "SAR lead only: internal note",
    partnerOwn: "SAR partner only: clinical detail",
    otherCase: "SAR other case: housing assessment",
    thirdParty: "SAR third party: neighbour Sam Jones reported noise",
  };
  let withheldNoteId: string;

  beforeAll(async () => {
    const first = await w.newCase();
    personId = first.personId;
    // A second case about the same person, led by the partner (the lead's organisation is not on it).
    const partnerCase = await db.sharedCase.create({
      data: { personId, neighbourhoodId: w.neighbourhood.id, riskLevel: "LOW", leadProfessionalId: w.partner.userId, leadOrganisationId: w.partnerOrg.id, createdById: w.partner.userId, involvements: { create: [{ organisationId: w.partnerOrg.id, role: "LEAD" }] } },
    });
    await note(first.id, w.lead, bodies.leadShared, "ALL_INVOLVED");
    await note(first.id, w.lead, bodies.leadOwn, "OWN_ORGANISATION");
    await note(first.id, w.partner, bodies.partnerOwn, "OWN_ORGANISATION");
    await note(partnerCase.id, w.partner, bodies.otherCase, "OWN_ORGANISATION");
    withheldNoteId = (await note(partnerCase.id, w.partner, bodies.thirdParty, "OWN_ORGANISATION")).id;
    // Someone of the partner viewed the partner's case: part of the access history.
    await db.auditEvent.create({ data: { actorUserId: w.partner.userId, actorOrganisationId: w.partnerOrg.id, actorRoles: ["FRONTLINE_WORKER"], action: "case.view", recordType: "SharedCase", recordId: partnerCase.id, caseId: partnerCase.id } });
    requestId = await logRequest(personId);
  });

  it("is logged with its due date one calendar month after receipt, audited", async () => {
    const request = await db.subjectAccessRequest.findUniqueOrThrow({ where: { id: requestId } });
    const received = request.receivedOn;
    const expected = new Date(Date.UTC(received.getUTCFullYear(), received.getUTCMonth() + 1, Math.min(received.getUTCDate(), new Date(Date.UTC(received.getUTCFullYear(), received.getUTCMonth() + 2, 0)).getUTCDate())));
    expect(request.dueOn.toISOString()).toBe(expected.toISOString());
    expect(request).toMatchObject({ organisationId: w.leadOrg.id, personId, status: "OPEN", identityCheckedBy: "A. Clerk" });
    expect(await auditOf(requestId, officer.userId)).toContainEqual({ action: "sar.create", outcome: "ALLOWED" });
  });

  it("gathers every note about the person of every visibility, across both organisations, audited as sar.gather", async () => {
    const review = await sarReview(officer, requestId);
    if (!review.allowed) throw new Error("refused");
    const notes = review.value.sections.find((s) => s.kind === "note")!.items.map((i) => i.lines.find((l) => l.label === "Note")?.value);
    expect(notes.sort()).toEqual(Object.values(bodies).sort());
    expect(review.value.sections.find((s) => s.kind === "case")!.items).toHaveLength(2);
    expect(review.value.sections.find((s) => s.kind === "consent")!.items).toHaveLength(1);
    const access = review.value.sections.find((s) => s.kind === "access")!.items;
    expect(access.map((a) => [a.title.split(",")[0], a.lines[0].value])).toContainEqual(["Viewed a case", w.partnerOrg.name]);
    const gathered = await db.auditEvent.findFirst({ where: { actorUserId: officer.userId, action: "sar.gather", recordType: "Person", recordId: personId }, orderBy: { id: "desc" } });
    expect(gathered?.outcome).toBe("ALLOWED");
  });

  it("refuses a stale withholding (someone else decided meanwhile) and keeps what was typed", async () => {
    const stale = await withholdItem(officer, requestId, formDataOf({ itemType: "note", itemId: withheldNoteId, reason: "Third-party data", version: String(Number(await version(requestId)) + 5) }));
    expect(stale).toMatchObject({ ok: false, formError: changedSinceOpened, values: { reason: "Third-party data" } });
  });

  it("refuses to withhold an item that is not part of the person's record", async () => {
    const other = await w.newCase();
    const stranger = await note(other.id, w.lead, "Someone else's note", "ALL_INVOLVED");
    const result = await withholdItem(officer, requestId, formDataOf({ itemType: "note", itemId: stranger.id, reason: "x", version: await version(requestId) }));
    expect(result.ok).toBe(false);
    expect(await db.sarItemDecision.count({ where: { requestId, itemId: stranger.id } })).toBe(0);
  });

  it("produces a response holding every note except the one withheld, which is only counted with its reason", async () => {
    const saved = await withholdItem(officer, requestId, formDataOf({ itemType: "note", itemId: withheldNoteId, reason: "Third-party data: a neighbour's name", version: await version(requestId) }));
    expect(saved.ok).toBe(true);
    expect(await db.sarItemDecision.findFirstOrThrow({ where: { requestId, itemId: withheldNoteId } })).toMatchObject({ withheld: true, reason: "Third-party data: a neighbour's name", decidedById: officer.userId });

    const today = new Date(Date.UTC(2030, 0, 15));
    const response = await sarResponse(officer, requestId, { action: "sar.export", format: "html" }, today);
    if (!response.allowed) throw new Error("refused");
    const notes = response.value.sections.find((s) => s.kind === "note")!;
    const text = JSON.stringify(response.value);
    for (const body of [bodies.leadShared, bodies.leadOwn, bodies.partnerOwn, bodies.otherCase]) expect(text).toContain(body);
    expect(text).not.toContain("Sam Jones");
    expect(notes.items).toHaveLength(4);
    expect(notes.withheld).toEqual([{ reason: "Third-party data: a neighbour's name", count: 1 }]);

    const request = await db.subjectAccessRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(request.status).toBe("RESPONDED");
    expect(request.respondedOn?.toISOString()).toBe(today.toISOString());
    const actions = (await auditOf(requestId, officer.userId)).map((a) => `${a.action}:${a.outcome}`);
    expect(actions).toContain("sar.withhold:ALLOWED");
    expect(actions).toContain("sar.export:ALLOWED");
  });

  it("refuses a frontline worker, another organisation's officer and an admin, each audited DENIED", async () => {
    const admin = await createAdmin();
    for (const caller of [w.lead, otherOfficer, admin]) {
      expect((await sarReview(caller, requestId)).allowed).toBe(false);
      expect((await sarResponse(caller, requestId, { action: "sar.export", format: "json" })).allowed).toBe(false);
      const rows = await db.auditEvent.findMany({ where: { actorUserId: caller.userId, recordType: "SubjectAccessRequest", recordId: requestId }, select: { action: true, outcome: true } });
      expect(rows).toEqual([
        { action: "sar.gather", outcome: "DENIED" },
        { action: "sar.export", outcome: "DENIED" },
      ]);
      const withheld = await withholdItem(caller, requestId, formDataOf({ itemType: "note", itemId: withheldNoteId, reason: "x", version: await version(requestId) }));
      expect(withheld.ok).toBe(false);
    }
    expect(await sarRegister(w.lead, 1)).toBeNull();
    expect(await sarRegister(admin, 1)).toBeNull();
    const otherRegister = await sarRegister(otherOfficer, 1);
    expect(otherRegister?.rows.map((r) => r.id)).not.toContain(requestId);
  });
});

describe("the officer's person lookup", () => {
  it("finds a person no one in the officer's organisation may see, and is audited; a worker is refused", async () => {
    // A family name of letters only, unlike any other test's (search names keep only letters).
    const familyName = `Sar${w.requestId().replace(/[^a-f0-9]/g, "").replace(/[0-9]/g, (d) => "ghijklmnop"[Number(d)])}`;
    const hidden = await db.person.update({ where: { id: (await createPerson(w.outsider.userId)).id }, data: { familyName, searchName: searchNameOf("Alex", familyName) } });
    const found = await findPersonForSar(officer, familyName);
    expect(found?.map((p) => p.id)).toEqual([hidden.id]);
    // A request about them is listed in the register by name, and gathered in full.
    const id = await logRequest(hidden.id);
    expect((await sarRegister(officer, 1))?.rows.find((r) => r.id === id)?.personName).toBe(`Alex ${familyName}`);
    const review = await sarReview(officer, id);
    expect(review.allowed && review.value.request.personName).toBe(`Alex ${familyName}`);
    expect(await findPersonForSar(w.lead, hidden.familyName)).toBeNull();
    const rows = await db.auditEvent.findMany({ where: { actorUserId: { in: [officer.userId, w.lead.userId] }, action: "sar.person-search" }, orderBy: { id: "desc" }, take: 2, select: { actorUserId: true, outcome: true } });
    expect(rows).toEqual([
      { actorUserId: w.lead.userId, outcome: "DENIED" },
      { actorUserId: officer.userId, outcome: "ALLOWED" },
    ]);
  });

  it("refuses a worker who tries to log a request, audited", async () => {
    const person = await createPerson(w.lead.userId);
    const result = await logSubjectAccessRequest(w.lead, formDataOf({ personId: person.id, receivedOn: daysFromToday(-1), identityCheckedBy: "x", identityCheckMethod: "y", clientRequestId: w.requestId() }));
    expect(result.ok).toBe(false);
    expect(await db.subjectAccessRequest.count({ where: { personId: person.id } })).toBe(0);
  });
});

describe("the register", () => {
  it("flags an open request past its due date as overdue for the given today, and extends with a reason", async () => {
    const person = await createPerson(w.lead.userId);
    const id = await logRequest(person.id, daysFromToday(-40));
    const request = await db.subjectAccessRequest.findUniqueOrThrow({ where: { id } });
    const dayAfterDue = new Date(request.dueOn.getTime() + 86_400_000);
    const register = await sarRegister(officer, 1, dayAfterDue);
    const row = register?.rows.find((r) => r.id === id);
    expect(row).toMatchObject({ overdue: true, daysLeft: -1, status: "OPEN" });
    expect((await sarRegister(officer, 1, request.dueOn))?.rows.find((r) => r.id === id)).toMatchObject({ overdue: false, daysLeft: 0 });

    const tooLate = new Date(request.receivedOn);
    tooLate.setUTCMonth(tooLate.getUTCMonth() + 4);
    const refused = await extendDueDate(officer, id, formDataOf({ extendedDueOn: tooLate, extensionReason: "Complex", version: "1" }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { extendedDueOn: [expect.stringContaining("no later than")] } });
    const extendedTo = new Date(request.dueOn.getTime() + 30 * 86_400_000);
    expect((await extendDueDate(officer, id, formDataOf({ extendedDueOn: extendedTo, extensionReason: "Records held by five organisations", version: "1" }))).ok).toBe(true);
    const extended = await db.subjectAccessRequest.findUniqueOrThrow({ where: { id } });
    expect(extended).toMatchObject({ extensionReason: "Records held by five organisations", version: 2 });
    expect((await sarRegister(officer, 1, dayAfterDue))?.rows.find((r) => r.id === id)).toMatchObject({ overdue: false, extended: true });
  });
});
