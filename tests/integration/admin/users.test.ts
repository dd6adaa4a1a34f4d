import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPasswordToken } from "@/lib/admin/password-tokens";
import { NotPermittedError } from "@/lib/admin/permission";
import { changeUserRoles } from "@/lib/admin/users/change-roles";
import { createUser as addUser } from "@/lib/admin/users/create-user";
import { moveUser } from "@/lib/admin/users/move-user";
import { listUsers } from "@/lib/admin/users/queries";
import { resetMfa } from "@/lib/admin/users/reset-mfa";
import { resetPassword } from "@/lib/admin/users/reset-password";
import { setUserActive } from "@/lib/admin/users/set-user-active";
import { updateUser } from "@/lib/admin/users/update-user";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/tests/support/owner-db";
import { createAdmin, createNonAdmin, uniqueEmail } from "../../support/admin-factories";
import { createPlace } from "../../support/case-factories";
import { createOrganisation, createUser } from "../../support/factories";
import { mailTo, setPasswordTokenMailedTo } from "../../support/mailbox";
import { createSession } from "../../support/sessions";

async function newUserInput(overrides: Partial<Parameters<typeof addUser>[1]> = {}) {
  const organisation = await createOrganisation();
  return {
    id: randomUUID(),
    name: "Chidi Okonkwo",
    email: uniqueEmail("Chidi.Okonkwo"),
    jobTitle: "Tenancy Sustainment Officer",
    organisationId: organisation.id,
    roles: ["FRONTLINE_WORKER" as const],
    leadAreas: [],
    ...overrides,
  };
}

describe("adding a user (joiner)", () => {
  it("stores the email in lower case, gives roles, and emails the user a one-time link (only its hash kept, never returned to the admin)", async () => {
    const admin = await createAdmin();
    const input = await newUserInput();
    const result = await addUser(admin, input);
    if (!result.ok) throw new Error("expected success");
    expect(result).toEqual({ ok: true, id: input.id, name: input.name, email: input.email.toLowerCase(), expiresAt: expect.any(Date) });
    const user = await db.user.findUniqueOrThrow({ where: { id: input.id }, select: { email: true, passwordHash: true, roles: { select: { role: true } } } });
    expect(user).toEqual({ email: input.email.toLowerCase(), passwordHash: null, roles: [{ role: "FRONTLINE_WORKER" }] });
    const token = await setPasswordTokenMailedTo(input.email);
    expect(token.length).toBeGreaterThanOrEqual(40);
    expect(JSON.stringify(result)).not.toContain(token);
    const [mail] = await mailTo(input.email);
    expect(mail).toMatchObject({ kind: "set-password.joiner", subject: "Your Golden Thread account: choose your password" });
    expect(mail.bodyCiphertext).not.toContain(token);
    const stored = await db.passwordSetToken.findFirstOrThrow({ where: { userId: input.id } });
    expect(stored.tokenHash).toBe(hashPasswordToken(token));
    expect(stored.tokenHash).not.toContain(token);
    const hours = (stored.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23);
    expect(hours).toBeLessThanOrEqual(24);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { recordId: input.id, action: "admin.user.create" } });
    expect(audit.reasons).toEqual(["joiner"]);
    expect(JSON.stringify(audit.details)).not.toContain(token);
  });

  it("refuses an email address already used in any case, at the field", async () => {
    const admin = await createAdmin();
    const existing = await createUser();
    const result = await addUser(admin, await newUserInput({ email: existing.email.toUpperCase() }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: ["A user with this email address already exists"] } });
  });

  it("gives a locality lead the areas they lead, and insists on at least one", async () => {
    const admin = await createAdmin();
    const { locality, neighbourhood } = await createPlace();
    const input = await newUserInput({ roles: ["LOCALITY_LEAD"], leadAreas: [`locality:${locality.id}`, `neighbourhood:${neighbourhood.id}`] });
    expect(await addUser(admin, input)).toMatchObject({ ok: true });
    const roles = await db.roleAssignment.findMany({ where: { userId: input.id }, select: { role: true, localityId: true, neighbourhoodId: true } });
    expect(roles).toEqual(
      expect.arrayContaining([
        { role: "LOCALITY_LEAD", localityId: locality.id, neighbourhoodId: null },
        { role: "LOCALITY_LEAD", localityId: null, neighbourhoodId: neighbourhood.id },
      ]),
    );
    const noAreas = await addUser(admin, await newUserInput({ roles: ["LOCALITY_LEAD"], leadAreas: [] }));
    expect(noAreas).toMatchObject({ ok: false, fieldErrors: { leadAreas: ["Select the localities or neighbourhoods the locality lead leads"] } });
    const areasWithoutLead = await addUser(admin, await newUserInput({ leadAreas: [`locality:${locality.id}`] }));
    expect(areasWithoutLead).toMatchObject({ ok: false, fieldErrors: { leadAreas: [expect.stringMatching(/only for locality leads/)] } });
  });

  it("refuses invalid input: no name, a bad address, no role, no organisation", async () => {
    const admin = await createAdmin();
    const result = await addUser(admin, { ...(await newUserInput()), name: "", email: "not-an-email", roles: [], organisationId: "" });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        name: ["Enter the user's full name"],
        email: [expect.stringMatching(/correct format/)],
        roles: ["Select at least one role"],
        organisationId: ["Select the user's organisation"],
      },
    });
  });

  it("refuses an area that does not exist and an organisation that has left", async () => {
    const admin = await createAdmin();
    const bogus = await addUser(admin, await newUserInput({ roles: ["LOCALITY_LEAD"], leadAreas: [`locality:${randomUUID()}`] }));
    expect(bogus).toMatchObject({ ok: false, fieldErrors: { leadAreas: ["Select areas from the list"] } });
    const left = await createOrganisation({ status: "LEFT" });
    const toLeft = await addUser(admin, await newUserInput({ organisationId: left.id }));
    expect(toLeft).toMatchObject({ ok: false, fieldErrors: { organisationId: [expect.stringMatching(/has left/)] } });
  });

  it("refuses a non-admin", async () => {
    const input = await newUserInput();
    await expect(addUser(await createNonAdmin(), input)).rejects.toThrow(NotPermittedError);
    expect(await db.user.count({ where: { id: input.id } })).toBe(0);
  });
});

describe("editing a user", () => {
  it("saves details, lower-casing the email, and refuses another user's address", async () => {
    const admin = await createAdmin();
    const user = await createUser();
    const other = await createUser();
    const email = uniqueEmail("New.Address");
    const saved = await updateUser(admin, { id: user.id, name: "Renamed Person", email, jobTitle: "", updatedAt: user.updatedAt.toISOString() });
    expect(saved).toEqual({ ok: true, id: user.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "Renamed Person", email: email.toLowerCase(), jobTitle: null });
    const fresh = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const clash = await updateUser(admin, { id: user.id, name: "x", email: other.email.toUpperCase(), jobTitle: "", updatedAt: fresh.updatedAt.toISOString() });
    expect(clash).toMatchObject({ ok: false, fieldErrors: { email: ["A user with this email address already exists"] } });
  });

  it("tells the old and the new address of a changed email address, and holds admin resets for a week", async () => {
    const admin = await createAdmin();
    const user = await createUser();
    const email = uniqueEmail("moved.address");
    expect(await updateUser(admin, { id: user.id, name: user.name, email, jobTitle: "", updatedAt: user.updatedAt.toISOString() })).toMatchObject({ ok: true });
    expect((await mailTo(user.email)).map((m) => m.kind)).toEqual(["account.email-changed"]);
    expect((await mailTo(email)).map((m) => m.kind)).toEqual(["account.email-changed"]);
    expect(await resetPassword(admin, { id: user.id })).toMatchObject({ ok: false, formError: expect.stringMatching(/email address was changed in the last 7 days/) });
    expect(await resetMfa(admin, { id: user.id })).toMatchObject({ ok: false, formError: expect.stringMatching(/email address was changed in the last 7 days/) });
    expect(await mailTo(email)).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { recordId: user.id, action: { in: ["admin.user.reset-password", "admin.user.reset-mfa"] }, outcome: "DENIED" } })).toBe(2);
  });

  it("refuses a non-admin", async () => {
    const user = await createUser();
    await expect(
      updateUser(await createNonAdmin(), { id: user.id, name: "x", email: user.email, jobTitle: "", updatedAt: user.updatedAt.toISOString() }),
    ).rejects.toThrow(NotPermittedError);
  });
});

describe("roles", () => {
  it("replaces the roles and ends the user's sessions", async () => {
    const admin = await createAdmin();
    const user = await createUser();
    const session = await createSession(user.id);
    expect(await changeUserRoles(admin, { id: user.id, roles: ["PARTNERSHIP_ADMIN"], leadAreas: [] })).toMatchObject({ ok: true });
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true, roles: { select: { role: true } } } });
    expect(saved).toEqual({ sessionVersion: user.sessionVersion + 1, roles: [{ role: "PARTNERSHIP_ADMIN" }] });
    expect(await db.auditEvent.findFirst({ where: { recordId: user.id, action: "admin.user.roles" } })).toMatchObject({
      details: { from: ["FRONTLINE_WORKER"], to: ["PARTNERSHIP_ADMIN"], leadAreas: 0 },
    });
    expect(await db.userSession.findUniqueOrThrow({ where: { id: session.sessionId } })).toMatchObject({ revokedReason: "roles changed by an admin" });
  });

  it("needs the admin's recent re-authentication, and audits the refusal", async () => {
    const admin = await createAdmin({ reauthenticated: false });
    const user = await createUser();
    expect(await changeUserRoles(admin, { id: user.id, roles: ["PARTNERSHIP_ADMIN"], leadAreas: [] })).toMatchObject({ ok: false, formError: expect.stringMatching(/confirm your password/) });
    expect((await db.roleAssignment.findMany({ where: { userId: user.id } })).map((r) => r.role)).toEqual(["FRONTLINE_WORKER"]);
    expect(await db.auditEvent.findFirst({ where: { recordId: user.id, action: "admin.user.roles" } })).toMatchObject({ outcome: "DENIED", reasons: ["no recent re-authentication"] });
  });

  it("stops an admin removing their own admin role", async () => {
    const admin = await createAdmin();
    expect(await changeUserRoles(admin, { id: admin.userId, roles: ["FRONTLINE_WORKER"], leadAreas: [] })).toMatchObject({
      ok: false,
      fieldErrors: { roles: [expect.stringMatching(/your own partnership admin role/)] },
    });
  });

  it("makes a supervisor the team lead of named teams or of every team in a neighbourhood, and insists on one; a board member needs no area", async () => {
    const admin = await createAdmin();
    const { neighbourhood } = await createPlace();
    const team = await db.team.create({ data: { name: `Team ${randomUUID().slice(0, 6)}`, neighbourhoodId: neighbourhood.id, baseAddress: "1 Hub Street" } });
    const user = await createUser();
    const none = await changeUserRoles(admin, { id: user.id, roles: ["SUPERVISOR"], leadAreas: [], supervisedAreas: [] });
    expect(none).toMatchObject({ ok: false, fieldErrors: { supervisedAreas: ["Select the teams or neighbourhoods the supervisor leads"] } });
    const unknown = await changeUserRoles(admin, { id: user.id, roles: ["SUPERVISOR"], leadAreas: [], supervisedAreas: [`team:${randomUUID()}`] });
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { leadAreas: ["Select areas from the list"] } });
    const teamsWithoutRole = await changeUserRoles(admin, { id: user.id, roles: ["FRONTLINE_WORKER"], leadAreas: [], supervisedAreas: [`team:${team.id}`] });
    expect(teamsWithoutRole).toMatchObject({ ok: false, fieldErrors: { supervisedAreas: [expect.stringMatching(/only for supervisors/)] } });
    const saved = await changeUserRoles(admin, { id: user.id, roles: ["FRONTLINE_WORKER", "SUPERVISOR", "BOARD_MEMBER"], leadAreas: [], supervisedAreas: [`team:${team.id}`, `neighbourhood:${neighbourhood.id}`] });
    expect(saved).toMatchObject({ ok: true });
    const roles = await db.roleAssignment.findMany({ where: { userId: user.id }, select: { role: true, neighbourhoodId: true, teamId: true } });
    expect(roles).toEqual(
      expect.arrayContaining([
        { role: "FRONTLINE_WORKER", neighbourhoodId: null, teamId: null },
        { role: "SUPERVISOR", neighbourhoodId: null, teamId: team.id },
        { role: "SUPERVISOR", neighbourhoodId: neighbourhood.id, teamId: null },
        { role: "BOARD_MEMBER", neighbourhoodId: null, teamId: null },
      ]),
    );
    expect(roles).toHaveLength(4);
  });

  it("refuses an unknown role and a non-admin", async () => {
    const admin = await createAdmin();
    const user = await createUser();
    const bad = await changeUserRoles(admin, { id: user.id, roles: ["KING" as "FRONTLINE_WORKER"], leadAreas: [] });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { roles: ["Select roles from the list"] } });
    await expect(changeUserRoles(await createNonAdmin(), { id: user.id, roles: ["PARTNERSHIP_ADMIN"], leadAreas: [] })).rejects.toThrow(NotPermittedError);
    expect(await db.roleAssignment.findMany({ where: { userId: user.id }, select: { role: true } })).toEqual([{ role: "FRONTLINE_WORKER" }]);
  });
});

describe("deactivating and reactivating (leaver)", () => {
  it("deactivates: sessions end and any unused set-password link stops working", async () => {
    const admin = await createAdmin();
    const input = await newUserInput();
    await addUser(admin, input);
    const session = await createSession(input.id);
    const before = await db.user.findUniqueOrThrow({ where: { id: input.id } });
    expect(await setUserActive(admin, false, { id: input.id })).toMatchObject({ ok: true });
    expect(await db.userSession.findUniqueOrThrow({ where: { id: session.sessionId } })).toMatchObject({ revokedReason: "user deactivated" });
    const after = await db.user.findUniqueOrThrow({ where: { id: input.id } });
    expect(after.deactivatedAt).toBeInstanceOf(Date);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await db.passwordSetToken.count({ where: { userId: input.id, usedAt: null } })).toBe(0);
    expect((await db.auditEvent.findFirstOrThrow({ where: { recordId: input.id, action: "admin.user.deactivate" } })).reasons).toEqual(["leaver"]);
  });

  it("reactivates, and says so when there is nothing to do", async () => {
    const admin = await createAdmin();
    const user = await createUser({ deactivated: true });
    expect(await setUserActive(admin, true, { id: user.id })).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).deactivatedAt).toBeNull();
    expect(await setUserActive(admin, true, { id: user.id })).toMatchObject({ ok: false, formError: "This user is already active" });
  });

  it("stops an admin deactivating themselves, refuses a bad id and a non-admin", async () => {
    const admin = await createAdmin();
    expect(await setUserActive(admin, false, { id: admin.userId })).toMatchObject({ ok: false, formError: "You cannot deactivate your own account" });
    expect(await setUserActive(admin, false, { id: "nope" })).toMatchObject({ ok: false, fieldErrors: { id: expect.any(Array) } });
    const user = await createUser();
    await expect(setUserActive(await createNonAdmin(), false, { id: user.id })).rejects.toThrow(NotPermittedError);
  });
});

describe("resetting a password", () => {
  it("clears the old password, ends sessions and emails a new link replacing any earlier one; the admin gets no link", async () => {
    const admin = await createAdmin();
    const input = await newUserInput();
    const created = await addUser(admin, input);
    if (!created.ok) throw new Error("expected success");
    const session = await createSession(input.id);
    await db.user.update({ where: { id: input.id }, data: { passwordHash: "argon2-placeholder" } });
    const before = await db.user.findUniqueOrThrow({ where: { id: input.id } });

    const reset = await resetPassword(admin, { id: input.id });
    if (!reset.ok) throw new Error("expected success");
    const after = await db.user.findUniqueOrThrow({ where: { id: input.id } });
    expect(after.passwordHash).toBeNull();
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const tokens = await db.passwordSetToken.findMany({ where: { userId: input.id } });
    const token = await setPasswordTokenMailedTo(input.email);
    expect(tokens.map((t) => t.tokenHash)).toEqual([hashPasswordToken(token)]);
    expect(reset).toEqual({ ok: true, id: input.id, name: "Chidi Okonkwo", email: input.email.toLowerCase(), expiresAt: expect.any(Date) });
    expect((await mailTo(input.email)).map((m) => m.kind)).toEqual(["set-password.joiner", "set-password.reset"]);
    expect(await db.userSession.findUniqueOrThrow({ where: { id: session.sessionId } })).toMatchObject({ revokedReason: "password reset by an admin" });
  });

  it("refuses a deactivated user and a non-admin", async () => {
    const admin = await createAdmin();
    const user = await createUser({ deactivated: true });
    expect(await resetPassword(admin, { id: user.id })).toMatchObject({ ok: false, formError: expect.stringMatching(/reactivate them first/) });
    await expect(resetPassword(await createNonAdmin(), { id: user.id })).rejects.toThrow(NotPermittedError);
  });
});

describe("moving to another organisation (mover)", () => {
  it("changes the organisation, ends sessions and audits from and to", async () => {
    const admin = await createAdmin();
    const user = await createUser();
    const target = await createOrganisation();
    expect(await moveUser(admin, { id: user.id, organisationId: target.id })).toEqual({ ok: true, id: user.id });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ organisationId: target.id, sessionVersion: user.sessionVersion + 1 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { recordId: user.id, action: "admin.user.move" } });
    expect(audit).toMatchObject({ reasons: ["mover"], details: { fromOrganisationId: user.organisationId, toOrganisationId: target.id } });
  });

  it("refuses the same organisation, one that has left, no choice, and a non-admin", async () => {
    const admin = await createAdmin();
    const user = await createUser();
    expect(await moveUser(admin, { id: user.id, organisationId: user.organisationId })).toMatchObject({
      ok: false,
      fieldErrors: { organisationId: ["The user already works for this organisation"] },
    });
    const left = await createOrganisation({ status: "LEFT" });
    expect(await moveUser(admin, { id: user.id, organisationId: left.id })).toMatchObject({ ok: false, fieldErrors: { organisationId: [expect.stringMatching(/has left/)] } });
    expect(await moveUser(admin, { id: user.id, organisationId: "" })).toMatchObject({
      ok: false,
      fieldErrors: { organisationId: ["Select the organisation the user is moving to"] },
    });
    await expect(moveUser(await createNonAdmin(), { id: user.id, organisationId: left.id })).rejects.toThrow(NotPermittedError);
  });
});

describe("listing users", () => {
  it("finds users by name or email and by status", async () => {
    const admin: Actor = await createAdmin();
    const input = await newUserInput({ name: `Findable ${randomUUID().slice(0, 6)}` });
    await addUser(admin, input);
    const found = await listUsers(admin, { q: input.name.toLowerCase(), organisation: "", role: "", status: "awaiting-password" });
    expect(found.rows.map((u) => u.id)).toEqual([input.id]);
    const byEmail = await listUsers(admin, { q: input.email.toUpperCase(), organisation: input.organisationId, role: "FRONTLINE_WORKER", status: "" });
    expect(byEmail.total).toBe(1);
    await expect(listUsers(await createNonAdmin(), { q: "", organisation: "", role: "", status: "" })).rejects.toThrow(NotPermittedError);
  });
});
