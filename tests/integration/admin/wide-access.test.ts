// An organisation's wider access to cases (need-to-know): set by admins only, shown on the
// organisation's profile, audited, refused over someone else's change, and obeyed by the policy.
import { describe, expect, it } from "vitest";
import { decideForCase } from "@/lib/access/authorize-case";
import { changeWideAccess } from "@/lib/admin/organisations/change-wide-access";
import { getOrganisationProfile } from "@/lib/admin/organisations/organisation-profile";
import { NotPermittedError } from "@/lib/admin/permission";
import { changedSinceOpened } from "@/lib/forms/failures";
import { db } from "@/tests/support/owner-db";
import { createAdmin, createNonAdmin } from "../../support/admin-factories";
import { createActor, createCase, createOrganisation, createPlace, createTheme } from "../../support/case-factories";

async function councilWithACase() {
  const { neighbourhood } = await createPlace();
  const theme = await createTheme();
  const council = await createOrganisation();
  const lead = await createActor({ organisationId: council.id });
  const colleague = await createActor({ organisationId: council.id });
  const sharedCase = await createCase({ lead, neighbourhoodId: neighbourhood.id, themeIds: [theme.id] });
  return { council, colleague, sharedCase };
}

const updatedAtOf = async (id: string) => (await db.organisation.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();

describe("an organisation's wider access to cases", () => {
  it("lets the chosen role see all the organisation's cases, shows it on the profile, and audits the change", async () => {
    const admin = await createAdmin();
    const { council, colleague, sharedCase } = await councilWithACase();
    expect((await decideForCase(db, colleague, sharedCase.id, "view")).allowed).toBe(false);

    const saved = await changeWideAccess(admin, { id: council.id, wideAccessRoles: ["FRONTLINE_WORKER"], updatedAt: await updatedAtOf(council.id) });
    expect(saved).toEqual({ ok: true, id: council.id });
    expect((await getOrganisationProfile(admin, council.id))?.wideAccessRoles).toEqual(["FRONTLINE_WORKER"]);
    const decision = await decideForCase(db, colleague, sharedCase.id, "view");
    expect(decision.allowed).toBe(true);
    expect(decision.decision.reasons).toContain("their organisation gives its frontline workers access to all of the organisation's cases");
    expect(await db.auditEvent.findFirst({ where: { action: "admin.organisation.wide-access", recordId: council.id } })).toMatchObject({
      actorUserId: admin.userId,
      outcome: "ALLOWED",
      details: { from: [], to: ["FRONTLINE_WORKER"] },
    });

    // Taken away again: need-to-know only.
    expect((await changeWideAccess(admin, { id: council.id, wideAccessRoles: [], updatedAt: await updatedAtOf(council.id) })).ok).toBe(true);
    expect((await decideForCase(db, colleague, sharedCase.id, "view")).allowed).toBe(false);
  });

  it("refuses a role that may not be given wider access, and a save over someone else's change", async () => {
    const admin = await createAdmin();
    const { council } = await councilWithACase();
    const stale = await updatedAtOf(council.id);
    const lead = await changeWideAccess(admin, { id: council.id, wideAccessRoles: ["LOCALITY_LEAD"], updatedAt: stale });
    expect(lead).toMatchObject({ ok: false, fieldErrors: { wideAccessRoles: expect.any(Array) } });
    expect((await changeWideAccess(admin, { id: council.id, wideAccessRoles: ["SUPERVISOR"], updatedAt: stale })).ok).toBe(true);
    expect(await changeWideAccess(admin, { id: council.id, wideAccessRoles: ["FRONTLINE_WORKER"], updatedAt: stale })).toMatchObject({ ok: false, formError: changedSinceOpened });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: council.id } })).wideAccessRoles).toEqual(["SUPERVISOR"]);
  });

  it("is for partnership admins only", async () => {
    const { council } = await councilWithACase();
    await expect(changeWideAccess(await createNonAdmin(), { id: council.id, wideAccessRoles: ["FRONTLINE_WORKER"], updatedAt: await updatedAtOf(council.id) })).rejects.toThrow(NotPermittedError);
  });
});
