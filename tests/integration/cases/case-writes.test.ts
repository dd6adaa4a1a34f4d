// Each shared-case write: valid input, each kind of invalid input, and a caller not allowed.
import { beforeAll, describe, expect, it } from "vitest";
import { addAction } from "@/lib/cases/add-action";
import { addNote } from "@/lib/cases/add-note";
import { changeCaseStatus } from "@/lib/cases/change-case-status";
import { caseNotFoundMessage } from "@/lib/cases/denial-message";
import { recordConsent } from "@/lib/cases/record-consent";
import { recordOutcome } from "@/lib/cases/record-outcome";
import { updateActionStatus } from "@/lib/cases/update-action-status";
import { updateCaseDetails } from "@/lib/cases/update-case-details";
import { db } from "@/tests/support/owner-db";
import type { FormFailure } from "@/lib/forms/form-state";
import { daysFromToday } from "../../support/case-factories";
import { formDataOf } from "../../support/form-data";
import { caseWorld, type CaseWorld } from "./case-world";

let w: CaseWorld;
beforeAll(async () => {
  w = await caseWorld();
});

const failure = <V>(result: { ok: true } | FormFailure<V>) => (result.ok ? null : result);

describe("adding a note", () => {
  const note = (overrides: Record<string, string | Date> = {}) =>
    formDataOf({ kind: "VISIT", visibility: "ALL_INVOLVED", occurredOn: daysFromToday(-2), body: "Visited at home.", clientRequestId: w.requestId(), ...overrides });

  it("adds it to the chronology, sets the first contact and writes its audit row", async () => {
    const c = await w.newCase();
    const form = note();
    expect(await addNote(w.partner, c.id, form)).toEqual({ ok: true });
    const saved = await db.caseNote.findFirstOrThrow({ where: { caseId: c.id } });
    expect(saved).toMatchObject({ body: "Visited at home.", authorOrganisationId: w.partner.organisation.id, kind: "VISIT" });
    expect((await db.sharedCase.findUniqueOrThrow({ where: { id: c.id } })).firstContactAt).toEqual(daysFromToday(-2));
    expect(await db.auditEvent.count({ where: { caseId: c.id, action: "case.addNote", recordId: saved.id, outcome: "ALLOWED" } })).toBe(1);
  });

  it("creates one note when the same form is submitted twice", async () => {
    const c = await w.newCase();
    const form = note();
    await addNote(w.lead, c.id, form);
    await addNote(w.lead, c.id, form);
    expect(await db.caseNote.count({ where: { caseId: c.id } })).toBe(1);
  });

  it.each([
    [{ body: "" }, "body", "Enter the note"],
    [{ body: "x".repeat(10_000) }, "body", "Note must be 5,000 characters or fewer"],
    [{ occurredOn: daysFromToday(3) }, "occurredOn", "Date of the contact must be today or in the past"],
    [{ kind: "TELEPATHY" }, "kind", "Choose the kind of contact"],
    [{ visibility: "EVERYONE" }, "visibility", "Choose who can see the note"],
  ])("refuses %o with a message at the field and keeps what was typed", async (overrides, field, message) => {
    const c = await w.newCase();
    const result = await addNote(w.lead, c.id, note(overrides));
    expect(failure(result)?.fieldErrors[field]).toEqual([message]);
    expect(result.ok ? null : result.values.body).toBe("body" in overrides ? overrides.body : "Visited at home.");
    expect(await db.caseNote.count({ where: { caseId: c.id } })).toBe(0);
  });

  // Markup in a note is shown as text on the case page: tests/e2e/markup-in-notes.spec.ts.

  it("answers an uninvolved organisation as if the case did not exist, and audits the denial", async () => {
    const c = await w.newCase();
    const result = await addNote(w.outsider, c.id, note());
    expect(failure(result)?.formError).toBe(caseNotFoundMessage);
    expect(await db.caseNote.count({ where: { caseId: c.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { caseId: c.id, action: "case.addNote", outcome: "DENIED", actorUserId: w.outsider.userId } })).toBe(1);
  });
});

describe("agreeing an action", () => {
  const action = (overrides: Record<string, string | Date> = {}) =>
    formDataOf({ description: "Book a housing assessment", assigneeOrganisationId: w.partnerOrg.id, dueOn: daysFromToday(7), clientRequestId: w.requestId(), ...overrides });

  it("records who does what by when, and its status can move on", async () => {
    const c = await w.newCase();
    expect(await addAction(w.lead, c.id, action({ assigneeUserId: w.partner.userId }))).toEqual({ ok: true });
    const saved = await db.caseAction.findFirstOrThrow({ where: { caseId: c.id } });
    expect(saved).toMatchObject({ assigneeOrganisationId: w.partnerOrg.id, assigneeUserId: w.partner.userId, status: "OPEN" });
    expect(await updateActionStatus(w.partner, c.id, formDataOf({ actionId: saved.id, status: "DONE" }))).toEqual({ ok: true });
    expect((await db.caseAction.findUniqueOrThrow({ where: { id: saved.id } })).completedAt).not.toBeNull();
  });

  it("refuses an organisation outside the team around the person", async () => {
    const c = await w.newCase();
    const result = await addAction(w.lead, c.id, action({ assigneeOrganisationId: w.thirdOrg.id }));
    expect(failure(result)?.fieldErrors.assigneeOrganisationId).toEqual(["Choose an organisation in the team around the person"]);
  });

  it("refuses a person who does not work for the chosen organisation", async () => {
    const c = await w.newCase();
    const result = await addAction(w.lead, c.id, action({ assigneeUserId: w.third.userId }));
    expect(failure(result)?.fieldErrors.assigneeUserId).toEqual(["Choose a person who works for the chosen organisation"]);
  });

  it.each([
    [{ description: "" }, "description", "Enter what needs to be done"],
    [{ dueOn: daysFromToday(-1) }, "dueOn", "Due date must be today or in the future"],
    [{ assigneeOrganisationId: "not-an-id" }, "assigneeOrganisationId", "Choose the organisation that will do it"],
  ])("refuses %o", async (overrides, field, message) => {
    const c = await w.newCase();
    expect(failure(await addAction(w.lead, c.id, action(overrides)))?.fieldErrors[field]).toEqual([message]);
  });

  it("refuses an uninvolved organisation", async () => {
    const c = await w.newCase();
    expect(failure(await addAction(w.outsider, c.id, action()))?.formError).toBe(caseNotFoundMessage);
  });
});

describe("editing case details with the case version", () => {
  const details = (version: number, riskLevel = "HIGH") => formDataOf({ riskLevel, summary: "Rough sleeping since March", themeIds: w.themeIds, version: String(version) });

  it("saves and moves the version on", async () => {
    const c = await w.newCase();
    expect(await updateCaseDetails(w.lead, c.id, details(1))).toEqual({ ok: true });
    expect(await db.sharedCase.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ riskLevel: "HIGH", version: 2 });
  });

  it("does not overwrite someone else's change: it shows what changed and keeps what was typed", async () => {
    const c = await w.newCase();
    await updateCaseDetails(w.lead, c.id, details(1, "VERY_HIGH"));
    const late = await updateCaseDetails(w.lead, c.id, details(1, "LOW"));
    expect(late.ok).toBe(false);
    if (late.ok) return;
    expect(late.formError).toMatch(/Someone else changed this case/);
    expect(late.conflict).toContainEqual({ label: "Risk level", now: "Very high", yours: "Low" });
    expect(late.values).toMatchObject({ riskLevel: "LOW", summary: "Rough sleeping since March", version: "2" });
    expect((await db.sharedCase.findUniqueOrThrow({ where: { id: c.id } })).riskLevel).toBe("VERY_HIGH");
  });

  it("is for the lead organisation only", async () => {
    const c = await w.newCase();
    expect(failure(await updateCaseDetails(w.partner, c.id, details(1)))?.formError).toMatch(/only the lead organisation/);
  });

  it("refuses a case without themes", async () => {
    const c = await w.newCase();
    const result = await updateCaseDetails(w.lead, c.id, formDataOf({ riskLevel: "LOW", summary: "", version: "1" }));
    expect(failure(result)?.fieldErrors.themeIds).toEqual(["Choose at least one theme"]);
  });
});

describe("status changes", () => {
  it("closes with a reason, and reopens only with a reason", async () => {
    const c = await w.newCase();
    expect(failure(await changeCaseStatus(w.lead, c.id, formDataOf({ status: "CLOSED", version: "1" })))?.fieldErrors.closureReason).toEqual([
      "Choose why the case is closing",
    ]);
    expect(await changeCaseStatus(w.lead, c.id, formDataOf({ status: "CLOSED", closureReason: "OUTCOMES_ACHIEVED", version: "1" }))).toEqual({ ok: true });
    const closed = await db.sharedCase.findUniqueOrThrow({ where: { id: c.id } });
    expect(closed).toMatchObject({ status: "CLOSED", closureReason: "OUTCOMES_ACHIEVED" });
    expect(failure(await changeCaseStatus(w.lead, c.id, formDataOf({ status: "OPEN", version: "2" })))?.fieldErrors.reason).toEqual([
      "Enter why the case is being reopened",
    ]);
    expect(await changeCaseStatus(w.lead, c.id, formDataOf({ status: "OPEN", reason: "Lost tenancy again", version: "2" }))).toEqual({ ok: true });
    expect(await db.caseStatusChange.count({ where: { caseId: c.id } })).toBe(2);
  });

  it("refuses a move the life cycle does not allow", async () => {
    const c = await w.newCase();
    expect(failure(await changeCaseStatus(w.lead, c.id, formDataOf({ status: "OPEN", version: "1" })))?.fieldErrors.status).toEqual([
      "Choose one of the statuses offered",
    ]);
  });

  it("lets only the lead organisation close a case", async () => {
    const c = await w.newCase();
    const result = await changeCaseStatus(w.partner, c.id, formDataOf({ status: "CLOSED", closureReason: "OTHER", version: "1" }));
    expect(failure(result)?.formError).toMatch(/only the lead organisation/);
  });
});

describe("outcomes and consent", () => {
  it("records an outcome from the framework with its evidence", async () => {
    const c = await w.newCase();
    const form = formDataOf({ outcomeTypeId: w.outcomeType.id, achievedOn: daysFromToday(-1), evidence: "Tenancy signed", clientRequestId: w.requestId() });
    expect(await recordOutcome(w.partner, c.id, form)).toEqual({ ok: true });
    expect(await recordOutcome(w.partner, c.id, form)).toEqual({ ok: true });
    expect(await db.outcome.count({ where: { caseId: c.id } })).toBe(1);
  });

  it("refuses an outcome without evidence or in the future", async () => {
    const c = await w.newCase();
    const result = await recordOutcome(w.lead, c.id, formDataOf({ outcomeTypeId: w.outcomeType.id, achievedOn: daysFromToday(2), evidence: "", clientRequestId: w.requestId() }));
    expect(failure(result)?.fieldErrors).toMatchObject({ achievedOn: ["Date achieved must be today or in the past"], evidence: ["Enter the evidence"] });
  });

  it("records consent withdrawn, after which referrals are refused with a clear message", async () => {
    const c = await w.newCase();
    const withdrawn = formDataOf({ consentStatus: "WITHDRAWN", consentDecidedOn: daysFromToday(0), clientRequestId: w.requestId() });
    expect(await recordConsent(w.lead, c.id, withdrawn)).toEqual({ ok: true });
    expect(await recordConsent(w.lead, c.id, withdrawn)).toEqual({ ok: true });
    expect(await db.consentRecord.count({ where: { caseId: c.id } })).toBe(2);
  });

  it("needs an approver for a lawful basis, and a date for a decision", async () => {
    const c = await w.newCase();
    const result = await recordConsent(w.lead, c.id, formDataOf({ consentStatus: "REFUSED", lawfulBasis: "SAFEGUARDING", clientRequestId: w.requestId() }));
    expect(failure(result)?.fieldErrors).toMatchObject({
      consentDecidedOn: ["Enter the date of the consent decision"],
      lawfulBasisApprovedById: ["Choose who approved sharing on this lawful basis"],
    });
  });
});
