import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { changeMembership } from "@/lib/admin/organisations/change-membership";
import { createOrganisation as inviteOrganisation } from "@/lib/admin/organisations/create-organisation";
import { getOrganisationProfile } from "@/lib/admin/organisations/organisation-profile";
import { listOrganisations } from "@/lib/admin/organisations/queries";
import { updateOrganisation } from "@/lib/admin/organisations/update-organisation";
import { NotPermittedError } from "@/lib/admin/permission";
import { actorFromSession } from "@/lib/auth/actor";
import { db } from "@/tests/support/owner-db";
import { createAdmin, createNonAdmin, datePartsIn } from "../../support/admin-factories";
import { createOrganisation, createUser, uniqueSuffix } from "../../support/factories";
import { createSession } from "../../support/sessions";

const auditOf = (recordId: string, action: string) => db.auditEvent.findFirst({ where: { recordId, action } });

describe("inviting an organisation", () => {
  it("creates it as invited and audits who did it", async () => {
    const admin = await createAdmin();
    const id = randomUUID();
    const name = `Ancoats Community Trust ${uniqueSuffix()}`;
    expect(await inviteOrganisation(admin, { id, name: `  ${name} `, type: "VCSE" })).toEqual({ ok: true, id });
    const saved = await db.organisation.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ name, type: "VCSE", status: "INVITED", joinedOn: null });
    expect(await auditOf(id, "admin.organisation.create")).toMatchObject({ actorUserId: admin.userId, outcome: "ALLOWED" });
  });

  it("creates one organisation when the same form is submitted twice", async () => {
    const admin = await createAdmin();
    const input = { id: randomUUID(), name: `Twice ${uniqueSuffix()}`, type: "POLICE" };
    await inviteOrganisation(admin, input);
    expect(await inviteOrganisation(admin, input)).toEqual({ ok: true, id: input.id });
    expect(await db.organisation.count({ where: { name: input.name } })).toBe(1);
  });

  it("refuses a name already used, whatever its case, with a message at the field", async () => {
    const admin = await createAdmin();
    const existing = await createOrganisation();
    const result = await inviteOrganisation(admin, { id: randomUUID(), name: existing.name.toUpperCase(), type: "NHS_TRUST" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: ["An organisation with this name is already in the partnership"] } });
  });

  it("refuses invalid input and keeps what was typed", async () => {
    const admin = await createAdmin();
    const input = { id: randomUUID(), name: " ", type: "CASTLE" };
    const result = await inviteOrganisation(admin, input);
    expect(result).toMatchObject({
      ok: false,
      values: input,
      fieldErrors: { name: ["Enter the organisation's name"], type: ["Select the type of organisation"] },
    });
  });

  it("refuses a caller who is not a partnership admin, writing nothing", async () => {
    const worker = await createNonAdmin();
    const id = randomUUID();
    await expect(inviteOrganisation(worker, { id, name: `Nope ${uniqueSuffix()}`, type: "VCSE" })).rejects.toThrow(NotPermittedError);
    const lead = await createNonAdmin(["LOCALITY_LEAD"]);
    await expect(inviteOrganisation(lead, { id, name: `Nope ${uniqueSuffix()}`, type: "VCSE" })).rejects.toThrow(NotPermittedError);
    expect(await db.organisation.count({ where: { id } })).toBe(0);
  });
});

describe("editing an organisation", () => {
  it("saves a new name and type", async () => {
    const admin = await createAdmin();
    const organisation = await createOrganisation();
    const name = `Renamed ${uniqueSuffix()}`;
    const result = await updateOrganisation(admin, { id: organisation.id, name, type: "HOUSING_PROVIDER", updatedAt: organisation.updatedAt.toISOString() });
    expect(result).toEqual({ ok: true, id: organisation.id });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).toMatchObject({ name, type: "HOUSING_PROVIDER" });
    expect((await auditOf(organisation.id, "admin.organisation.update"))?.details).toEqual({ changed: ["name", "type"] });
  });

  it("refuses to overwrite a change someone made after the form was opened", async () => {
    const admin = await createAdmin();
    const organisation = await createOrganisation();
    const opened = organisation.updatedAt.toISOString();
    await updateOrganisation(admin, { id: organisation.id, name: `First ${uniqueSuffix()}`, type: "POLICE", updatedAt: opened });
    const second = await updateOrganisation(admin, { id: organisation.id, name: `Second ${uniqueSuffix()}`, type: "POLICE", updatedAt: opened });
    expect(second).toMatchObject({ ok: false, formError: expect.stringMatching(/Someone else changed this record/) });
  });

  it("refuses a non-admin", async () => {
    const organisation = await createOrganisation();
    await expect(
      updateOrganisation(await createNonAdmin(), { id: organisation.id, name: "x", type: "POLICE", updatedAt: organisation.updatedAt.toISOString() }),
    ).rejects.toThrow(NotPermittedError);
  });
});

describe("changing membership", () => {
  it("suspending ends every user's sessions at their next request and audits the reason", async () => {
    const admin = await createAdmin();
    const organisation = await createOrganisation();
    const users = [await createUser({ organisationId: organisation.id }), await createUser({ organisationId: organisation.id })];
    const claims = await Promise.all(users.map((u) => createSession(u.id)));
    expect(await actorFromSession(claims[0])).not.toBeNull();

    const result = await changeMembership(admin, "suspend", { id: organisation.id, reason: "Data breach under investigation" });
    expect(result).toEqual({ ok: true, id: organisation.id });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).toMatchObject({ status: "SUSPENDED", suspendedAt: expect.any(Date) });
    for (const user of users) {
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(user.sessionVersion + 1);
    }
    // Even with the old version in the token, the session no longer stands for anyone.
    expect(await actorFromSession(claims[0])).toBeNull();
    const audit = await auditOf(organisation.id, "admin.organisation.suspend");
    expect(audit).toMatchObject({ reasons: ["Data breach under investigation"], details: { from: "ACTIVE", to: "SUSPENDED", usersSignedOut: 2 } });
  });

  it("needs a reason to suspend", async () => {
    const organisation = await createOrganisation();
    const result = await changeMembership(await createAdmin(), "suspend", { id: organisation.id, reason: "" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { reason: ["Enter why the organisation is suspended"] } });
  });

  it("reinstates a suspended organisation", async () => {
    const admin = await createAdmin();
    const organisation = await createOrganisation({ status: "SUSPENDED" });
    expect(await changeMembership(admin, "reinstate", { id: organisation.id })).toMatchObject({ ok: true });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).toMatchObject({ status: "ACTIVE", suspendedAt: null });
  });

  it("confirms an invited organisation's membership from the date joined", async () => {
    const admin = await createAdmin();
    const organisation = await createOrganisation({ status: "INVITED" });
    expect(await changeMembership(admin, "activate", { id: organisation.id, joinedOn: datePartsIn(-3) })).toMatchObject({ ok: true });
    const saved = await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } });
    expect(saved.status).toBe("ACTIVE");
    expect(saved.joinedOn?.toISOString().slice(0, 10)).toBe(new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10));
  });

  it("marks an organisation as left on a date, keeping its involvement in cases", async () => {
    const admin = await createAdmin();
    const organisation = await createOrganisation();
    const user = await createUser({ organisationId: organisation.id });
    expect(await changeMembership(admin, "leave", { id: organisation.id, leftOn: datePartsIn(0) })).toMatchObject({ ok: true });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).toMatchObject({ status: "LEFT", leftOn: expect.any(Date) });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(user.sessionVersion + 1);
  });

  it("refuses a leaving date in the future and an unreal date", async () => {
    const admin = await createAdmin();
    const organisation = await createOrganisation();
    expect(await changeMembership(admin, "leave", { id: organisation.id, leftOn: datePartsIn(5) })).toMatchObject({
      ok: false,
      fieldErrors: { leftOn: ["Date left must be today or in the past"] },
    });
    expect(await changeMembership(admin, "leave", { id: organisation.id, leftOn: { day: "31", month: "2", year: "2026" } })).toMatchObject({
      ok: false,
      fieldErrors: { leftOn: ["Date left must be a real date"] },
    });
  });

  it("refuses a change the status does not allow", async () => {
    const admin = await createAdmin();
    const organisation = await createOrganisation({ status: "LEFT" });
    expect(await changeMembership(admin, "suspend", { id: organisation.id, reason: "x" })).toMatchObject({
      ok: false,
      formError: "This cannot be done to an organisation whose status is left",
    });
  });

  it("refuses to suspend the admin's own organisation", async () => {
    const admin = await createAdmin();
    expect(await changeMembership(admin, "suspend", { id: admin.organisation.id, reason: "x" })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/your own organisation/),
    });
  });

  it("refuses a non-admin", async () => {
    const organisation = await createOrganisation();
    await expect(changeMembership(await createNonAdmin(), "suspend", { id: organisation.id, reason: "x" })).rejects.toThrow(NotPermittedError);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).status).toBe("ACTIVE");
  });
});

describe("reading organisations", () => {
  it("filters by name, type and status", async () => {
    const admin = await createAdmin();
    const marker = uniqueSuffix();
    await createOrganisation({ name: `Filter ${marker} police`, type: "POLICE" });
    await createOrganisation({ name: `Filter ${marker} suspended`, type: "VCSE", status: "SUSPENDED" });
    const byName = await listOrganisations(admin, { q: `filter ${marker}`, type: "", status: "" });
    expect(byName.total).toBe(2);
    const byType = await listOrganisations(admin, { q: marker, type: "POLICE", status: "" });
    expect(byType.rows.map((o) => o.name)).toEqual([`Filter ${marker} police`]);
    const byStatus = await listOrganisations(admin, { q: marker, type: "", status: "SUSPENDED" });
    expect(byStatus.rows.map((o) => o.name)).toEqual([`Filter ${marker} suspended`]);
  });

  it("shows an organisation's users and its involvement in cases as counts only", async () => {
    const admin = await createAdmin();
    const organisation = await createOrganisation();
    await createUser({ organisationId: organisation.id });
    const profile = await getOrganisationProfile(admin, organisation.id);
    expect(profile?.users).toHaveLength(1);
    expect(profile?.involvement).toEqual({ leadOpen: 0, leadClosed: 0, involvedNow: 0, involvedBefore: 0, referralsPending: 0 });
    expect(await getOrganisationProfile(admin, "not-a-uuid")).toBeNull();
    await expect(getOrganisationProfile(await createNonAdmin(), organisation.id)).rejects.toThrow(NotPermittedError);
  });
});
