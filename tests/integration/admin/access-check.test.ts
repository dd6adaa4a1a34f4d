import { describe, expect, it } from "vitest";
import { checkAccess } from "@/lib/admin/access-check/check-access";
import { NotPermittedError } from "@/lib/admin/permission";
import { db } from "@/tests/support/owner-db";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { createAdmin, createNonAdmin } from "../../support/admin-factories";
import { createActor, createAgreement, createCase, createPlace, createTheme, joinTeam } from "../../support/case-factories";
import { createOrganisation } from "../../support/factories";

async function world() {
  const { neighbourhood } = await createPlace();
  const theme = await createTheme("Offending");
  const leadOrg = await createOrganisation();
  const partnerOrg = await createOrganisation({ type: "PROBATION" });
  const outsiderOrg = await createOrganisation({ type: "POLICE" });
  await createAgreement({ partyIds: [leadOrg.id, partnerOrg.id], themeIds: [theme.id] });
  const lead = await createActor({ organisationId: leadOrg.id });
  const partner = await createActor({ organisationId: partnerOrg.id });
  const outsider = await createActor({ organisationId: outsiderOrg.id });
  await joinTeam(neighbourhood.id, partner, outsider);
  const sharedCase = await createCase({ lead, neighbourhoodId: neighbourhood.id, themeIds: [theme.id], involvedOrganisationIds: [partnerOrg.id] });
  return { partner, outsider, sharedCase, reference: formatCaseReference(sharedCase.number) };
}

describe("the access checker", () => {
  it("explains that an involved, covered worker may see the case, and audits the check against the case", async () => {
    const admin = await createAdmin();
    const { partner, sharedCase, reference } = await world();
    const result = await checkAccess(admin, { email: partner.email.toUpperCase(), caseReference: reference.toLowerCase() });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const view = result.answer.decisions.find((d) => d.action === "view");
    expect(view).toMatchObject({ allowed: true, label: "See the case record" });
    expect(view?.reasons[0]).toMatch(/sharing agreement .* in force covers it/);
    expect(result.answer.decisions.find((d) => d.action === "edit")).toMatchObject({ allowed: false, reasons: expect.arrayContaining(["only the lead organisation may do this"]) });
    expect(result.answer.signInBlocked).toBeNull();
    expect(JSON.stringify(result)).not.toContain(sharedCase.person.familyName);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "admin.access-check", caseId: sharedCase.id } });
    expect(audit).toMatchObject({ actorUserId: admin.userId, recordType: "SharedCase", details: { checkedUserId: partner.userId } });
  });

  it("explains a denial for an uninvolved organisation", async () => {
    const admin = await createAdmin();
    const { outsider, reference } = await world();
    const result = await checkAccess(admin, { email: outsider.email, caseReference: reference });
    if (!result.ok) throw new Error("expected an answer");
    expect(result.answer.decisions.every((d) => !d.allowed)).toBe(true);
    expect(result.answer.decisions[0].reasons).toContain("their organisation is not involved in the case");
  });

  it("says when the user could not sign in anyway", async () => {
    const admin = await createAdmin();
    const { partner, reference } = await world();
    await db.user.update({ where: { id: partner.userId }, data: { deactivatedAt: new Date() } });
    const result = await checkAccess(admin, { email: partner.email, caseReference: reference });
    expect(result.ok && result.answer.signInBlocked).toMatch(/deactivated/);
  });

  it("refuses an unknown user, an unknown case and a malformed reference", async () => {
    const admin = await createAdmin();
    const { partner, reference } = await world();
    expect(await checkAccess(admin, { email: "nobody@example.org", caseReference: reference })).toMatchObject({
      ok: false,
      fieldErrors: { email: ["No user has this email address"] },
    });
    expect(await checkAccess(admin, { email: partner.email, caseReference: "GT-999999999" })).toMatchObject({
      ok: false,
      fieldErrors: { caseReference: ["No case has this reference"] },
    });
    expect(await checkAccess(admin, { email: partner.email, caseReference: "case 12" })).toMatchObject({
      ok: false,
      fieldErrors: { caseReference: ["Enter a case reference like GT-000123"] },
    });
  });

  it("refuses a non-admin", async () => {
    const { partner, reference } = await world();
    await expect(checkAccess(await createNonAdmin(), { email: partner.email, caseReference: reference })).rejects.toThrow(NotPermittedError);
  });
});
