// Consent over time on the real database: withdrawing consent suspends the partner (it keeps
// only that it is involved, and why); renewing consent restores it, with a review day from the
// sharing agreement; a lawful basis opens sharing only once its named approver confirms it;
// reminders before review are written once, for a `now` passed in.
import { beforeAll, describe, expect, it } from "vitest";
import { getCaseForView } from "@/lib/cases/case-view";
import { recordConsent } from "@/lib/cases/record-consent";
import { answerLawfulBasis, notYoursToAnswer } from "@/lib/consent/answer-lawful-basis";
import { sendConsentReviewReminders } from "@/lib/consent/consent-reminders";
import { listLawfulBasesToConfirm } from "@/lib/consent/lawful-basis-inbox";
import { getSuspendedCaseSummary } from "@/lib/consent/suspended-case";
import { db } from "@/tests/support/owner-db";
import { caseWorld } from "../cases/case-world";
import { daysFromToday } from "../../support/case-factories";
import { formDataOf } from "../../support/form-data";

type World = Awaited<ReturnType<typeof caseWorld>>;
let w: World;

beforeAll(async () => {
  w = await caseWorld();
});

const consentForm = (fields: Record<string, unknown>) =>
  formDataOf({ consentScope: "", lawfulBasis: "", lawfulBasisApprovedById: "", lawfulBasisNote: "", clientRequestId: w.requestId(), ...fields });

async function lastAudit(userId: string, action: string) {
  return db.auditEvent.findFirst({ where: { actorUserId: userId, action }, orderBy: { id: "desc" }, select: { outcome: true, reasons: true, caseId: true } });
}

describe("consent withdrawn, then renewed", () => {
  it("the partner loses the content at the next request, is told why, and gets it back when consent is renewed", async () => {
    const c = await w.newCase();
    expect(await getCaseForView(w.partner, c.id)).not.toBeNull();

    const withdrawn = await recordConsent(w.lead, c.id, consentForm({ consentStatus: "WITHDRAWN", consentDecidedOn: daysFromToday(0) }));
    expect(withdrawn.ok).toBe(true);
    expect(await getCaseForView(w.partner, c.id)).toBeNull();
    const denied = await lastAudit(w.partner.userId, "case.view");
    expect(denied?.outcome).toBe("DENIED");
    expect(denied?.reasons.join(" ")).toContain("but consent was withdrawn on");
    const summary = await getSuspendedCaseSummary(w.partner, c.id);
    expect(summary?.why).toMatch(/^Consent was withdrawn on .*; access suspended until renewed or a lawful basis confirmed$/);
    expect(summary?.involvement).not.toBeNull();
    // The lead keeps the case, and an uninvolved organisation is told nothing.
    expect(await getCaseForView(w.lead, c.id)).not.toBeNull();
    // …and its 404 is audited once, by the case view, not again by the summary it does not get.
    const outsiderViews = () => db.auditEvent.count({ where: { actorUserId: w.outsider.userId, action: "case.view", caseId: c.id } });
    const before = await outsiderViews();
    expect(await getSuspendedCaseSummary(w.outsider, c.id)).toBeNull();
    expect(await outsiderViews()).toBe(before);

    await db.sharingAgreement.updateMany({ where: { parties: { some: { organisationId: w.partnerOrg.id } } }, data: { consentReviewMonths: 6 } });
    const renewed = await recordConsent(w.lead, c.id, consentForm({ consentStatus: "GIVEN", consentDecidedOn: daysFromToday(0) }));
    expect(renewed.ok).toBe(true);
    const view = await getCaseForView(w.partner, c.id);
    expect(view?.consentState.kind).toBe("given");
    const record = await db.consentRecord.findFirstOrThrow({ where: { caseId: c.id }, orderBy: { recordedAt: "desc" }, select: { reviewOn: true, decidedOn: true } });
    const sixMonthsOn = new Date(record.decidedOn as Date);
    sixMonthsOn.setUTCMonth(sixMonthsOn.getUTCMonth() + 6);
    expect(record.reviewOn?.getUTCMonth()).toBe(sixMonthsOn.getUTCMonth());
    await db.sharingAgreement.updateMany({ where: { parties: { some: { organisationId: w.partnerOrg.id } } }, data: { consentReviewMonths: 12 } });
  });

  it("consent given whose review day has come lapses for the partner, in the list as in the decision", async () => {
    const c = await w.newCase();
    await db.consentRecord.create({ data: { caseId: c.id, status: "GIVEN", decidedOn: daysFromToday(-400), reviewOn: daysFromToday(-1), recordedById: w.lead.userId, recordedAt: new Date(Date.now() + 1000) } });
    expect(await getCaseForView(w.partner, c.id)).toBeNull();
    const flags = await db.sharedCase.findUniqueOrThrow({ where: { id: c.id }, select: { partnerAccessSuspended: true, partnerAccessLapsesOn: true } });
    expect(flags.partnerAccessSuspended).toBe(false);
    expect(flags.partnerAccessLapsesOn).toEqual(daysFromToday(-1));
    expect((await getSuspendedCaseSummary(w.partner, c.id))?.why).toMatch(/^Consent lapsed on .*; access suspended until renewed$/);
  });
});

describe("a lawful basis needs its named approver to confirm it", () => {
  async function basisAwaiting(approverId: string) {
    const c = await w.newCase({ consent: { status: "REFUSED" } });
    const recorded = await recordConsent(
      w.lead,
      c.id,
      consentForm({ consentStatus: "REFUSED", consentDecidedOn: daysFromToday(-1), lawfulBasis: "SAFEGUARDING", lawfulBasisApprovedById: approverId, lawfulBasisNote: "Risk of serious harm" }),
    );
    expect(recorded.ok).toBe(true);
    const record = await db.consentRecord.findFirstOrThrow({ where: { caseId: c.id, lawfulBasis: "SAFEGUARDING" }, select: { id: true, lawfulBasisAwaitsConfirmation: true } });
    return { caseId: c.id, recordId: record.id, awaits: record.lawfulBasisAwaitsConfirmation };
  }

  it("until confirmed it suspends the partner; the approver is notified, sees it in their inbox, confirms, and the partner sees the case", async () => {
    const b = await basisAwaiting(w.lead.userId);
    expect(b.awaits).toBe(true);
    expect(await getCaseForView(w.partner, b.caseId)).toBeNull();
    expect((await getSuspendedCaseSummary(w.partner, b.caseId))?.why).toContain("awaits confirmation by its approver");
    expect(await db.notification.count({ where: { kind: "LAWFUL_BASIS_TO_CONFIRM", userId: w.lead.userId, caseId: b.caseId } })).toBe(1);
    expect((await listLawfulBasesToConfirm(w.lead)).map((i) => i.id)).toContain(b.recordId);

    // Nobody else may confirm it, and trying is audited.
    const notTheirs = await answerLawfulBasis(w.partner, formDataOf({ consentRecordId: b.recordId, answer: "CONFIRM", declineReason: "" }));
    expect(notTheirs).toMatchObject({ ok: false, formError: notYoursToAnswer });
    expect((await lastAudit(w.partner.userId, "consent.confirmLawfulBasis"))?.outcome).toBe("DENIED");
    expect(await getCaseForView(w.partner, b.caseId)).toBeNull();

    const confirmed = await answerLawfulBasis(w.lead, formDataOf({ consentRecordId: b.recordId, answer: "CONFIRM", declineReason: "" }));
    expect(confirmed).toMatchObject({ ok: true, answer: "CONFIRM" });
    expect((await lastAudit(w.lead.userId, "consent.confirmLawfulBasis"))).toMatchObject({ outcome: "ALLOWED", caseId: b.caseId });
    const view = await getCaseForView(w.partner, b.caseId);
    expect(view?.consentState.kind).toBe("basis-confirmed");
    expect(view?.permissions.refer).toBe(true);

    // A second answer (a double click) changes nothing and says so.
    const again = await answerLawfulBasis(w.lead, formDataOf({ consentRecordId: b.recordId, answer: "DECLINE", declineReason: "Changed my mind" }));
    expect(again).toMatchObject({ ok: false, formError: notYoursToAnswer });
    expect(await getCaseForView(w.partner, b.caseId)).not.toBeNull();
  });

  it("declining needs a reason, keeps the partner suspended and tells the lead professional", async () => {
    const b = await basisAwaiting(w.lead.userId);
    const noReason = await answerLawfulBasis(w.lead, formDataOf({ consentRecordId: b.recordId, answer: "DECLINE", declineReason: "  " }));
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { declineReason: ["Enter why you decline this lawful basis"] } });
    const declined = await answerLawfulBasis(w.lead, formDataOf({ consentRecordId: b.recordId, answer: "DECLINE", declineReason: "Threshold not met" }));
    expect(declined.ok).toBe(true);
    expect(await getCaseForView(w.partner, b.caseId)).toBeNull();
    expect((await getSuspendedCaseSummary(w.partner, b.caseId))?.tag).toBe("Lawful basis declined");
    expect(await db.notification.count({ where: { kind: "LAWFUL_BASIS_ANSWERED", caseId: b.caseId } })).toBe(1);
  });
});

describe("reminders before review", () => {
  it("remind the lead professional once, within the reminder window of the review day, for the `now` given", async () => {
    const soon = await w.newCase();
    const later = await w.newCase();
    await db.consentRecord.create({ data: { caseId: soon.id, status: "GIVEN", decidedOn: daysFromToday(-300), reviewOn: daysFromToday(10), recordedById: w.lead.userId, recordedAt: new Date(Date.now() + 1000) } });
    await db.consentRecord.create({ data: { caseId: later.id, status: "GIVEN", decidedOn: daysFromToday(-300), reviewOn: daysFromToday(40), recordedById: w.lead.userId, recordedAt: new Date(Date.now() + 1000) } });
    const reminders = (caseId: string) => db.notification.count({ where: { kind: "CONSENT_REVIEW_DUE", caseId, userId: w.lead.userId } });

    await sendConsentReviewReminders(new Date());
    expect(await reminders(soon.id)).toBe(1);
    expect(await reminders(later.id)).toBe(0);
    await sendConsentReviewReminders(new Date());
    expect(await reminders(soon.id)).toBe(1);

    // Twenty days on, the later one is within the window too.
    await sendConsentReviewReminders(new Date(Date.now() + 20 * 86_400_000));
    expect(await reminders(later.id)).toBe(1);
    expect(await reminders(soon.id)).toBe(1);
  });
});
