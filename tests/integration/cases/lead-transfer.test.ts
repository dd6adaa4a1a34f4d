// Transfer of lead professional or lead organisation: nothing changes until the receiver accepts.
import { beforeAll, describe, expect, it } from "vitest";
import { answerLeadTransfer, requestLeadTransfer } from "@/lib/cases/lead-transfer";
import { db } from "@/tests/support/owner-db";
import { createActor } from "../../support/case-factories";
import { formDataOf } from "../../support/form-data";
import { caseWorld, type CaseWorld } from "./case-world";

let w: CaseWorld;
beforeAll(async () => {
  w = await caseWorld();
});

const lead = (caseId: string) => db.sharedCase.findUniqueOrThrow({ where: { id: caseId }, select: { leadOrganisationId: true, leadProfessionalId: true, version: true } });

describe("transferring the lead", () => {
  it("moves the lead professional to a colleague once the colleague accepts", async () => {
    const c = await w.newCase();
    const colleague = await createActor({ organisationId: w.leadOrg.id });
    expect(await requestLeadTransfer(w.lead, c.id, formDataOf({ kind: "LEAD_PROFESSIONAL", toProfessionalId: colleague.userId, reason: "Caseload" }))).toEqual({ ok: true });
    expect((await lead(c.id)).leadProfessionalId).toBe(w.lead.userId);
    const transfer = await db.leadTransfer.findFirstOrThrow({ where: { caseId: c.id } });
    expect((await answerLeadTransfer(w.partner, transfer.id, true)).ok).toBe(false);
    expect(await answerLeadTransfer(colleague, transfer.id, true)).toEqual({ ok: true, caseId: c.id });
    expect(await lead(c.id)).toMatchObject({ leadProfessionalId: colleague.userId, leadOrganisationId: w.leadOrg.id, version: 2 });
    expect(await db.notification.count({ where: { caseId: c.id, userId: w.lead.userId, kind: "TRANSFER_ANSWERED" } })).toBe(1);
  });

  it("moves the lead organisation to a partner in the team, which then edits and the old lead cannot", async () => {
    const c = await w.newCase();
    await requestLeadTransfer(w.lead, c.id, formDataOf({ kind: "LEAD_ORGANISATION", toOrganisationId: w.partnerOrg.id, reason: "Mental health now the main need" }));
    const transfer = await db.leadTransfer.findFirstOrThrow({ where: { caseId: c.id } });
    expect(await answerLeadTransfer(w.partner, transfer.id, true)).toEqual({ ok: true, caseId: c.id });
    expect(await lead(c.id)).toMatchObject({ leadOrganisationId: w.partnerOrg.id, leadProfessionalId: w.partner.userId });
    const roles = await db.caseInvolvement.findMany({ where: { caseId: c.id }, select: { organisationId: true, role: true } });
    expect(roles).toContainEqual({ organisationId: w.partnerOrg.id, role: "LEAD" });
    expect(roles).toContainEqual({ organisationId: w.leadOrg.id, role: "SUPPORTING" });
    const again = await requestLeadTransfer(w.lead, c.id, formDataOf({ kind: "LEAD_ORGANISATION", toOrganisationId: w.leadOrg.id, reason: "Back" }));
    expect(again.ok ? null : again.formError).toMatch(/only the lead organisation/);
  });

  it("declining leaves the lead as it was", async () => {
    const c = await w.newCase();
    await requestLeadTransfer(w.lead, c.id, formDataOf({ kind: "LEAD_ORGANISATION", toOrganisationId: w.partnerOrg.id, reason: "Try" }));
    const transfer = await db.leadTransfer.findFirstOrThrow({ where: { caseId: c.id } });
    expect((await answerLeadTransfer(w.partner, transfer.id, false)).ok).toBe(true);
    expect((await lead(c.id)).leadOrganisationId).toBe(w.leadOrg.id);
    expect((await db.leadTransfer.findUniqueOrThrow({ where: { id: transfer.id } })).status).toBe("DECLINED");
  });

  it("refuses an organisation outside the team, a second pending transfer, and a missing reason", async () => {
    const c = await w.newCase();
    const outside = await requestLeadTransfer(w.lead, c.id, formDataOf({ kind: "LEAD_ORGANISATION", toOrganisationId: w.thirdOrg.id, reason: "x" }));
    expect(outside.ok ? null : outside.fieldErrors.toOrganisationId).toEqual(["Choose another organisation in the team around the person"]);
    const noReason = await requestLeadTransfer(w.lead, c.id, formDataOf({ kind: "LEAD_ORGANISATION", toOrganisationId: w.partnerOrg.id, reason: "" }));
    expect(noReason.ok ? null : noReason.fieldErrors.reason).toEqual(["Enter the reason for the transfer"]);
    await requestLeadTransfer(w.lead, c.id, formDataOf({ kind: "LEAD_ORGANISATION", toOrganisationId: w.partnerOrg.id, reason: "First" }));
    const second = await requestLeadTransfer(w.lead, c.id, formDataOf({ kind: "LEAD_ORGANISATION", toOrganisationId: w.partnerOrg.id, reason: "Second" }));
    expect(second.ok ? null : second.formError).toBe("A transfer of this case is already waiting for an answer");
  });
});
