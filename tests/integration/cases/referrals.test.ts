// Closed-loop referrals: send, accept (joins the team around the person), decline with a coded
// reason, withdraw; consent and sharing agreements decide whether a referral may be sent.
import { beforeAll, describe, expect, it } from "vitest";
import { getCaseForView } from "@/lib/cases/case-view";
import { db } from "@/tests/support/owner-db";
import { getReferralSummary } from "@/lib/referrals/queries";
import { acceptReferral, declineReferral, withdrawReferral } from "@/lib/referrals/answer-referral";
import { sendReferral } from "@/lib/referrals/send-referral";
import { createActor, createOrganisation } from "../../support/case-factories";
import { formDataOf } from "../../support/form-data";
import { caseWorld, type CaseWorld } from "./case-world";

let w: CaseWorld;
beforeAll(async () => {
  w = await caseWorld();
});

const referTo = (organisationId: string, overrides: Record<string, string | string[]> = {}) =>
  formDataOf({ toOrganisationId: organisationId, reason: "Needs tenancy support", themeIds: w.themeIds, urgency: "URGENT", clientRequestId: w.requestId(), ...overrides });

async function sent(caseId: string) {
  await sendReferral(w.lead, caseId, referTo(w.thirdOrg.id));
  return db.referral.findFirstOrThrow({ where: { caseId, toOrganisationId: w.thirdOrg.id } });
}

describe("sending a referral", () => {
  it("puts it in the receiver's inbox with a notification, and the receiver sees the summary only", async () => {
    const c = await w.newCase();
    const referral = await sent(c.id);
    expect(referral).toMatchObject({ status: "PENDING", urgency: "URGENT", sentById: w.lead.userId });
    expect(await db.notification.count({ where: { referralId: referral.id, organisationId: w.thirdOrg.id, kind: "REFERRAL_RECEIVED" } })).toBe(1);
    const summary = await getReferralSummary(w.third, referral.id);
    expect(summary).toMatchObject({ subjectName: `${c.person.givenName} ${c.person.familyName}`, reason: "Needs tenancy support", urgency: "URGENT" });
    expect(await getCaseForView(w.third, c.id)).toBeNull();
  });

  it("is refused without consent and without an approved lawful basis, with a clear message", async () => {
    const c = await w.newCase({ consent: { status: "REFUSED" } });
    const result = await sendReferral(w.lead, c.id, referTo(w.thirdOrg.id));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.formError).toMatch(/has not given consent .* no approved lawful basis/);
    expect(await db.referral.count({ where: { caseId: c.id } })).toBe(0);
  });

  it("is allowed without consent when a lawful basis was approved", async () => {
    const c = await w.newCase({ consent: { status: "REFUSED", lawfulBasis: "SAFEGUARDING", approvedById: w.lead.userId } });
    expect(await sendReferral(w.lead, c.id, referTo(w.thirdOrg.id))).toEqual({ ok: true });
  });

  it("is refused to an organisation no sharing agreement would let see the case", async () => {
    const c = await w.newCase();
    const stranger = await createOrganisation({ type: "EDUCATION" });
    const result = await sendReferral(w.lead, c.id, referTo(stranger.id));
    expect(result.ok ? null : result.fieldErrors.toOrganisationId?.[0]).toMatch(/No information-sharing agreement in force covers/);
  });

  it("is refused twice to the same organisation, and to one already involved", async () => {
    const c = await w.newCase();
    await sent(c.id);
    const again = await sendReferral(w.lead, c.id, referTo(w.thirdOrg.id));
    expect(again.ok ? null : again.formError).toMatch(/already has a referral/);
    const involved = await sendReferral(w.lead, c.id, referTo(w.partnerOrg.id));
    expect(involved.ok ? null : involved.formError).toMatch(/already in the team around the person/);
  });

  it.each([
    [{ reason: "" }, "reason", "Enter the reason for the referral"],
    [{ urgency: "WHENEVER" }, "urgency", "Choose how urgent the referral is"],
    [{ themeIds: [] }, "themeIds", "Choose at least one theme"],
  ])("refuses %o", async (overrides, field, message) => {
    const c = await w.newCase();
    const result = await sendReferral(w.lead, c.id, referTo(w.thirdOrg.id, overrides));
    expect(result.ok ? null : result.fieldErrors[field]).toEqual([message]);
  });
});

describe("answering a referral", () => {
  it("accepting joins the team around the person, opens the case to the receiver and tells the referrer", async () => {
    const c = await w.newCase();
    const referral = await sent(c.id);
    expect(await acceptReferral(w.third, referral.id)).toEqual({ ok: true, caseId: c.id });
    const answered = await db.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(answered.status).toBe("ACCEPTED");
    expect(answered.respondedAt).not.toBeNull();
    expect(await db.caseInvolvement.count({ where: { caseId: c.id, organisationId: w.thirdOrg.id, leftAt: null } })).toBe(1);
    expect(await getCaseForView(w.third, c.id)).not.toBeNull();
    expect(await db.notification.count({ where: { referralId: referral.id, userId: w.lead.userId, kind: "REFERRAL_ACCEPTED" } })).toBe(1);
    expect((await acceptReferral(w.third, referral.id)).ok).toBe(false);
  });

  it("declining needs a coded reason and a comment, and tells the referrer", async () => {
    const c = await w.newCase();
    const referral = await sent(c.id);
    const missing = await declineReferral(w.third, referral.id, formDataOf({ declineReason: "", responseComment: "" }));
    expect(missing.ok ? null : missing.fieldErrors).toEqual({
      declineReason: ["Choose why you are declining the referral"],
      responseComment: ["Enter a comment for the referrer"],
    });
    expect(await declineReferral(w.third, referral.id, formDataOf({ declineReason: "NO_CAPACITY", responseComment: "Try again in May" }))).toEqual({ ok: true });
    expect(await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).toMatchObject({ status: "DECLINED", declineReason: "NO_CAPACITY" });
    expect(await db.notification.count({ where: { referralId: referral.id, userId: w.lead.userId, kind: "REFERRAL_DECLINED" } })).toBe(1);
    expect(await getReferralSummary(w.third, referral.id)).toBeNull();
  });

  it("only the receiving organisation may answer", async () => {
    const c = await w.newCase();
    const referral = await sent(c.id);
    const colleagueOfReferrer = await createActor({ organisationId: w.leadOrg.id });
    expect((await acceptReferral(colleagueOfReferrer, referral.id)).ok).toBe(false);
    expect((await acceptReferral(w.outsider, referral.id)).ok).toBe(false);
    expect((await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).status).toBe("PENDING");
  });

  it("the referrer may withdraw a pending referral, after which it cannot be accepted", async () => {
    const c = await w.newCase();
    const referral = await sent(c.id);
    expect((await withdrawReferral(w.partner, referral.id)).ok).toBe(false);
    expect(await withdrawReferral(w.lead, referral.id)).toEqual({ ok: true, caseId: c.id });
    expect((await acceptReferral(w.third, referral.id)).ok).toBe(false);
    expect((await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).status).toBe("WITHDRAWN");
  });
});
