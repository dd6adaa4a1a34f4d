// Every server action that touches case data (or barriers) writes an audit row. The list of actions is read
// from the "use server" modules themselves: a new action without an entry here fails the test.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import * as barrierActions from "@/lib/barriers/actions";
import * as caseActions from "@/lib/cases/actions";
import { addAction } from "@/lib/cases/add-action";
import { addNote } from "@/lib/cases/add-note";
import { changeCaseStatus } from "@/lib/cases/change-case-status";
import { answerLeadTransfer, requestLeadTransfer } from "@/lib/cases/lead-transfer";
import { openCase } from "@/lib/cases/open-case";
import { recordConsent } from "@/lib/cases/record-consent";
import { recordOutcome } from "@/lib/cases/record-outcome";
import { updateActionStatus } from "@/lib/cases/update-action-status";
import { updateCaseDetails } from "@/lib/cases/update-case-details";
import { db } from "@/lib/db";
import * as peopleActions from "@/lib/people/actions";
import { createPerson } from "@/lib/people/create-person";
import { searchPeople } from "@/lib/people/queries";
import * as referralActions from "@/lib/referrals/actions";
import { acceptReferral, declineReferral, withdrawReferral } from "@/lib/referrals/answer-referral";
import { sendReferral } from "@/lib/referrals/send-referral";
import { daysFromToday } from "../../support/case-factories";
import { formDataOf } from "../../support/form-data";
import { caseWorld, type CaseWorld } from "../cases/case-world";
import { barrierRuns } from "../barriers/barrier-action-runs";

let w: CaseWorld;
beforeAll(async () => {
  w = await caseWorld();
});

const id = () => randomUUID();

async function pendingReferral() {
  const c = await w.newCase();
  await sendReferral(w.lead, c.id, formDataOf({ toOrganisationId: w.thirdOrg.id, reason: "Support", themeIds: w.themeIds, urgency: "ROUTINE", clientRequestId: id() }));
  return db.referral.findFirstOrThrow({ where: { caseId: c.id }, select: { id: true, caseId: true } });
}

/** For each server action: who calls it and how, with valid input, and the audit action expected. */
const runs: Record<string, { audit: string; run: () => Promise<{ actor: Actor; ok: boolean }> }> = {
  openCaseAction: {
    audit: "case.create",
    run: async () => {
      const person = await createPerson(w.lead, formDataOf({ givenName: "Sam", familyName: "Auditcheck", dateOfBirth: new Date(Date.UTC(1960, 1, 2)), nhsNumber: "", addressLine1: "", town: "", postcode: "", clientRequestId: id(), confirmedNotDuplicate: "yes" }));
      if (!person.ok) throw new Error("person");
      const form = formDataOf({ personId: person.personId, neighbourhoodId: w.neighbourhood.id, themeIds: w.themeIds, riskLevel: "LOW", leadProfessionalId: w.lead.userId, consentStatus: "NOT_YET_ASKED", clientRequestId: id() });
      return { actor: w.lead, ok: (await openCase(w.lead, form)).ok };
    },
  },
  addNoteAction: { audit: "case.addNote", run: async () => ({ actor: w.lead, ok: (await addNote(w.lead, (await w.newCase()).id, formDataOf({ kind: "CALL", visibility: "ALL_INVOLVED", occurredOn: daysFromToday(0), body: "Call", clientRequestId: id() }))).ok }) },
  addActionAction: { audit: "case.addAction", run: async () => ({ actor: w.lead, ok: (await addAction(w.lead, (await w.newCase()).id, formDataOf({ description: "Do it", assigneeOrganisationId: w.leadOrg.id, dueOn: daysFromToday(3), clientRequestId: id() }))).ok }) },
  updateActionStatusAction: {
    audit: "case.updateAction",
    run: async () => {
      const c = await w.newCase();
      await addAction(w.lead, c.id, formDataOf({ description: "Do it", assigneeOrganisationId: w.leadOrg.id, dueOn: daysFromToday(3), clientRequestId: id() }));
      const action = await db.caseAction.findFirstOrThrow({ where: { caseId: c.id } });
      return { actor: w.partner, ok: (await updateActionStatus(w.partner, c.id, formDataOf({ actionId: action.id, status: "IN_PROGRESS" }))).ok };
    },
  },
  recordOutcomeAction: { audit: "case.recordOutcome", run: async () => ({ actor: w.lead, ok: (await recordOutcome(w.lead, (await w.newCase()).id, formDataOf({ outcomeTypeId: w.outcomeType.id, achievedOn: daysFromToday(0), evidence: "Seen", clientRequestId: id() }))).ok }) },
  recordConsentAction: { audit: "case.recordConsent", run: async () => ({ actor: w.lead, ok: (await recordConsent(w.lead, (await w.newCase()).id, formDataOf({ consentStatus: "WITHDRAWN", consentDecidedOn: daysFromToday(0), clientRequestId: id() }))).ok }) },
  updateCaseDetailsAction: { audit: "case.edit", run: async () => ({ actor: w.lead, ok: (await updateCaseDetails(w.lead, (await w.newCase()).id, formDataOf({ riskLevel: "LOW", themeIds: w.themeIds, version: "1" }))).ok }) },
  changeCaseStatusAction: { audit: "case.edit", run: async () => ({ actor: w.lead, ok: (await changeCaseStatus(w.lead, (await w.newCase()).id, formDataOf({ status: "ACTIVE", version: "1" }))).ok }) },
  requestLeadTransferAction: {
    audit: "case.transferLead",
    run: async () => ({ actor: w.lead, ok: (await requestLeadTransfer(w.lead, (await w.newCase()).id, formDataOf({ kind: "LEAD_ORGANISATION", toOrganisationId: w.partnerOrg.id, reason: "Audit" }))).ok }),
  },
  answerLeadTransferAction: {
    audit: "case.answerTransfer",
    run: async () => {
      const c = await w.newCase();
      await requestLeadTransfer(w.lead, c.id, formDataOf({ kind: "LEAD_ORGANISATION", toOrganisationId: w.partnerOrg.id, reason: "Audit" }));
      const transfer = await db.leadTransfer.findFirstOrThrow({ where: { caseId: c.id } });
      return { actor: w.partner, ok: (await answerLeadTransfer(w.partner, transfer.id, true)).ok };
    },
  },
  sendReferralAction: { audit: "case.refer", run: async () => ({ actor: w.lead, ok: (await sendReferral(w.lead, (await w.newCase()).id, formDataOf({ toOrganisationId: w.thirdOrg.id, reason: "Support", themeIds: w.themeIds, urgency: "ROUTINE", clientRequestId: id() }))).ok }) },
  acceptReferralAction: { audit: "case.acceptReferral", run: async () => ({ actor: w.third, ok: (await acceptReferral(w.third, (await pendingReferral()).id)).ok }) },
  declineReferralAction: { audit: "case.declineReferral", run: async () => ({ actor: w.third, ok: (await declineReferral(w.third, (await pendingReferral()).id, formDataOf({ declineReason: "OTHER", responseComment: "No" }))).ok }) },
  withdrawReferralAction: { audit: "case.withdrawReferral", run: async () => ({ actor: w.lead, ok: (await withdrawReferral(w.lead, (await pendingReferral()).id)).ok }) },
  createPersonAction: { audit: "person.create", run: async () => ({ actor: w.lead, ok: (await createPerson(w.lead, formDataOf({ givenName: "Kit", familyName: `Audit${id().slice(0, 4)}`, dateOfBirth: new Date(Date.UTC(1970, 5, 6)), nhsNumber: "", addressLine1: "", town: "", postcode: "", clientRequestId: id(), confirmedNotDuplicate: "yes" }))).ok }) },
  searchPeopleAction: { audit: "person.search", run: async () => ({ actor: w.lead, ok: (await searchPeople(w.lead, "Auditcheck")).people !== undefined }) },
  ...barrierRuns,
};

const exported = [caseActions, referralActions, peopleActions, barrierActions].flatMap((module) =>
  Object.entries(module).filter(([, value]) => typeof value === "function").map(([name]) => name),
);

describe("every server action touching case data writes an audit row", () => {
  it("has an audit check for each exported server action", () => {
    expect(exported.filter((name) => !(name in runs))).toEqual([]);
  });

  it.each(exported.filter((name) => name in runs))("%s", async (name) => {
    const { audit, run } = runs[name];
    const before = new Date();
    const { actor, ok } = await run();
    expect(ok).toBe(true);
    const rows = await db.auditEvent.count({ where: { actorUserId: actor.userId, action: audit, at: { gte: before } } });
    expect(rows).toBeGreaterThan(0);
  });
});
