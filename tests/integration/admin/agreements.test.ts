import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decideForCase } from "@/lib/access/authorize-case";
import { endAgreement } from "@/lib/admin/agreements/end-agreement";
import { agreementEndingImpact } from "@/lib/admin/agreements/ending-impact-query";
import { agreementsExpiringSoon, getAgreement, listAgreements } from "@/lib/admin/agreements/queries";
import { createAgreement as draftAgreement, updateAgreement } from "@/lib/admin/agreements/save-agreement";
import { NotPermittedError } from "@/lib/admin/permission";
import { db } from "@/tests/support/owner-db";
import { createAdmin, createNonAdmin, datePartsIn, noDate } from "../../support/admin-factories";
import { createActor, createAgreement, createCase, createPlace, createTheme, joinTeam } from "../../support/case-factories";
import { createOrganisation, uniqueSuffix } from "../../support/factories";

async function parties() {
  const a = await createOrganisation();
  const b = await createOrganisation({ type: "MENTAL_HEALTH_TRUST" });
  const theme = await createTheme("Homelessness");
  return { a, b, theme };
}

function agreementInput(partyIds: string[], themeIds: string[], overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    title: `Test sharing ${uniqueSuffix()}`,
    purpose: "Joined-up support for people with several needs",
    lawfulBasis: "PUBLIC_TASK",
    status: "ACTIVE",
    partyIds,
    themeIds,
    startsOn: datePartsIn(-30),
    endsOn: datePartsIn(365),
    reviewOn: datePartsIn(180),
    ...overrides,
  };
}

describe("drafting and changing agreements", () => {
  it("creates an agreement with its parties and themes and an ISA reference for its start year", async () => {
    const admin = await createAdmin();
    const { a, b, theme } = await parties();
    const input = agreementInput([a.id, b.id], [theme.id]);
    expect(await draftAgreement(admin, input)).toEqual({ ok: true, id: input.id });
    const saved = await getAgreement(admin, input.id);
    expect(saved).toMatchObject({ status: "ACTIVE", lawfulBasis: "PUBLIC_TASK", createdByName: admin.name });
    expect(saved?.reference).toMatch(new RegExp(`^ISA-${new Date(Date.now() - 30 * 86_400_000).getUTCFullYear()}-\\d{3}$`));
    expect(saved?.partyList.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    expect(await db.auditEvent.count({ where: { recordId: input.id, action: "admin.agreement.create" } })).toBe(1);
  });

  it("refuses fewer than two parties, no theme, an end before the start and a review outside the dates", async () => {
    const admin = await createAdmin();
    const { a, theme } = await parties();
    const result = await draftAgreement(
      admin,
      agreementInput([a.id], [], { endsOn: datePartsIn(-60), reviewOn: datePartsIn(-90), lawfulBasis: "", title: "" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        title: ["Enter the agreement's title"],
        lawfulBasis: ["Select the lawful basis for sharing"],
        partyIds: ["Select at least two organisations"],
        themeIds: ["Select at least one theme the agreement covers"],
      },
    });
    const dates = await draftAgreement(admin, agreementInput([a.id, (await createOrganisation()).id], [theme.id], { endsOn: datePartsIn(-60), reviewOn: noDate }));
    expect(dates).toMatchObject({ ok: false, fieldErrors: { endsOn: ["End date must be after the start date"] } });
  });

  it("refuses a party that has left", async () => {
    const admin = await createAdmin();
    const { a, theme } = await parties();
    const left = await createOrganisation({ status: "LEFT" });
    expect(await draftAgreement(admin, agreementInput([a.id, left.id], [theme.id]))).toMatchObject({
      ok: false,
      fieldErrors: { partyIds: [expect.stringMatching(/not ones that have left/)] },
    });
  });

  it("puts a draft in force, but never takes one in force back to draft, and refuses a stale form", async () => {
    const admin = await createAdmin();
    const { a, b, theme } = await parties();
    const input = agreementInput([a.id, b.id], [theme.id], { status: "DRAFT" });
    await draftAgreement(admin, input);
    const opened = (await db.sharingAgreement.findUniqueOrThrow({ where: { id: input.id } })).updatedAt.toISOString();
    expect(await updateAgreement(admin, { ...input, status: "ACTIVE", updatedAt: opened })).toMatchObject({ ok: true });
    expect(await db.auditEvent.count({ where: { recordId: input.id, action: "admin.agreement.activate" } })).toBe(1);
    const now = (await db.sharingAgreement.findUniqueOrThrow({ where: { id: input.id } })).updatedAt.toISOString();
    expect(await updateAgreement(admin, { ...input, status: "DRAFT", updatedAt: now })).toMatchObject({
      ok: false,
      fieldErrors: { status: [expect.stringMatching(/cannot go back to draft/)] },
    });
    expect(await updateAgreement(admin, { ...input, status: "ACTIVE", updatedAt: opened })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/Someone else changed/),
    });
  });

  it("refuses a non-admin", async () => {
    const { a, b, theme } = await parties();
    const input = agreementInput([a.id, b.id], [theme.id]);
    await expect(draftAgreement(await createNonAdmin(), input)).rejects.toThrow(NotPermittedError);
    await expect(endAgreement(await createNonAdmin(["LOCALITY_LEAD"]), { id: input.id, reason: "x" })).rejects.toThrow(NotPermittedError);
  });
});

describe("ending an agreement", () => {
  it("counts, per party, the shared cases that would stop being visible, then ends sharing under it", async () => {
    const admin = await createAdmin();
    const { neighbourhood } = await createPlace();
    const theme = await createTheme("Mental health");
    const leadOrg = await createOrganisation();
    const partnerOrg = await createOrganisation({ type: "MENTAL_HEALTH_TRUST" });
    const agreement = await createAgreement({ partyIds: [leadOrg.id, partnerOrg.id], themeIds: [theme.id] });
    const lead = await createActor({ organisationId: leadOrg.id });
    const partner = await createActor({ organisationId: partnerOrg.id });
    await joinTeam(neighbourhood.id, partner);
    const shared = await createCase({ lead, neighbourhoodId: neighbourhood.id, themeIds: [theme.id], involvedOrganisationIds: [partnerOrg.id] });
    await createCase({ lead, neighbourhoodId: neighbourhood.id, themeIds: [theme.id], involvedOrganisationIds: [partnerOrg.id] });
    expect((await decideForCase(db, partner, shared.id, "view")).allowed).toBe(true);

    const impact = await agreementEndingImpact(admin, agreement.id);
    expect(impact.find((p) => p.organisationId === partnerOrg.id)).toMatchObject({ visibleNow: 2, noLongerVisible: 2 });
    expect(impact.find((p) => p.organisationId === leadOrg.id)).toMatchObject({ visibleNow: 2, noLongerVisible: 0 });

    expect(await endAgreement(admin, { id: agreement.id, reason: "Superseded by the locality agreement" })).toEqual({ ok: true, id: agreement.id });
    expect(await db.sharingAgreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({ status: "ENDED", endedAt: expect.any(Date) });
    expect((await decideForCase(db, partner, shared.id, "view")).allowed).toBe(false);
    expect((await decideForCase(db, lead, shared.id, "view")).allowed).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { recordId: agreement.id, action: "admin.agreement.end" } });
    expect(audit.reasons).toEqual(["Superseded by the locality agreement"]);
    expect(audit.details).toMatchObject({ casesNoLongerVisible: expect.arrayContaining([{ organisationId: partnerOrg.id, cases: 2 }]) });
  });

  it("counts nothing lost when another agreement in force still covers the sharing", async () => {
    const admin = await createAdmin();
    const { neighbourhood } = await createPlace();
    const theme = await createTheme("Debt");
    const leadOrg = await createOrganisation();
    const partnerOrg = await createOrganisation();
    const ending = await createAgreement({ partyIds: [leadOrg.id, partnerOrg.id], themeIds: [theme.id] });
    await createAgreement({ partyIds: [leadOrg.id, partnerOrg.id], themeIds: [theme.id] });
    const lead = await createActor({ organisationId: leadOrg.id });
    await createCase({ lead, neighbourhoodId: neighbourhood.id, themeIds: [theme.id], involvedOrganisationIds: [partnerOrg.id] });
    const impact = await agreementEndingImpact(admin, ending.id);
    expect(impact.find((p) => p.organisationId === partnerOrg.id)).toMatchObject({ visibleNow: 1, noLongerVisible: 0 });
  });

  it("needs a reason, and refuses an agreement already ended", async () => {
    const admin = await createAdmin();
    const { a, b, theme } = await parties();
    const agreement = await createAgreement({ partyIds: [a.id, b.id], themeIds: [theme.id], status: "ENDED" });
    expect(await endAgreement(admin, { id: agreement.id, reason: "" })).toMatchObject({ ok: false, fieldErrors: { reason: ["Enter why the agreement is ending"] } });
    expect(await endAgreement(admin, { id: agreement.id, reason: "again" })).toMatchObject({ ok: false, formError: "This agreement has already ended" });
  });
});

describe("agreement lists", () => {
  it("derives expired, and lists those in force ending within 60 days", async () => {
    const admin = await createAdmin();
    const { a, b, theme } = await parties();
    const expired = await createAgreement({ partyIds: [a.id, b.id], themeIds: [theme.id], endsInDays: -1 });
    const soon = await createAgreement({ partyIds: [a.id, b.id], themeIds: [theme.id], endsInDays: 59 });
    const later = await createAgreement({ partyIds: [a.id, b.id], themeIds: [theme.id], endsInDays: 61 });
    const expiredRows = await listAgreements(admin, { q: expired.reference, status: "EXPIRED" });
    expect(expiredRows.map((r) => [r.id, r.status])).toEqual([[expired.id, "EXPIRED"]]);
    const expiring = (await agreementsExpiringSoon(admin)).map((r) => r.id);
    expect(expiring).toContain(soon.id);
    expect(expiring).not.toContain(later.id);
    expect(expiring).not.toContain(expired.id);
    await expect(agreementsExpiringSoon(await createNonAdmin())).rejects.toThrow(NotPermittedError);
  });
});
