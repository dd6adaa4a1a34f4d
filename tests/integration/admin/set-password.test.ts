import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findPasswordLink, linkNotWorking, setPasswordWithLink } from "@/lib/admin/set-password/password-link";
import { createUser as addUser } from "@/lib/admin/users/create-user";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/tests/support/owner-db";
import { createAdmin, uniqueEmail } from "../../support/admin-factories";
import { createOrganisation } from "../../support/factories";
import { setPasswordTokenMailedTo } from "../../support/mailbox";

async function newUserWithLink() {
  const admin = await createAdmin();
  const organisation = await createOrganisation();
  const id = randomUUID();
  const email = uniqueEmail("new.starter");
  const result = await addUser(admin, { id, name: "New Starter", email, jobTitle: "", organisationId: organisation.id, roles: ["FRONTLINE_WORKER"], leadAreas: [] });
  if (!result.ok) throw new Error("expected success");
  return { id, email, token: await setPasswordTokenMailedTo(email) };
}

const password = "lantern orchard tramline";

describe("setting a password with a one-time link", () => {
  it("greets the person the link is for, sets an argon2 hash, marks the link used and ends old sessions", async () => {
    const { id, email, token } = await newUserWithLink();
    expect(await findPasswordLink(token)).toEqual({ name: "New Starter", email });
    const before = await db.user.findUniqueOrThrow({ where: { id } });

    expect(await setPasswordWithLink({ token, password, confirmation: password })).toEqual({ ok: true });
    const after = await db.user.findUniqueOrThrow({ where: { id } });
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(after.passwordChangedAt).toBeInstanceOf(Date);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect((await db.passwordSetToken.findFirstOrThrow({ where: { userId: id } })).usedAt).toBeInstanceOf(Date);
    expect(await verifyCredentials({ email, password }, { ipAddress: "192.0.2.10", userAgent: "", deviceHash: null })).toMatchObject({ ok: true });
    expect(await db.auditEvent.count({ where: { recordId: id, action: "auth.password-set" } })).toBe(1);
  });

  it("works only once", async () => {
    const { token } = await newUserWithLink();
    await setPasswordWithLink({ token, password, confirmation: password });
    expect(await findPasswordLink(token)).toBeNull();
    expect(await setPasswordWithLink({ token, password: "another good passphrase", confirmation: "another good passphrase" })).toMatchObject({
      ok: false,
      formError: linkNotWorking,
    });
  });

  it("refuses an expired link and an unknown one", async () => {
    const { id, token } = await newUserWithLink();
    await db.passwordSetToken.updateMany({ where: { userId: id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findPasswordLink(token)).toBeNull();
    expect(await setPasswordWithLink({ token, password, confirmation: password })).toMatchObject({ ok: false, formError: linkNotWorking });
    expect(await setPasswordWithLink({ token: "made-up", password, confirmation: password })).toMatchObject({ ok: false, formError: linkNotWorking });
  });

  it("refuses a short, a common and a mismatched password, keeping the link usable", async () => {
    const { token } = await newUserWithLink();
    expect(await setPasswordWithLink({ token, password: "short", confirmation: "short" })).toMatchObject({
      ok: false,
      fieldErrors: { password: ["Password must be 12 characters or more"] },
    });
    expect(await setPasswordWithLink({ token, password: "Password1234!", confirmation: "Password1234!" })).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.stringMatching(/too easy to guess/)] },
    });
    expect(await setPasswordWithLink({ token, password, confirmation: `${password}x` })).toMatchObject({
      ok: false,
      fieldErrors: { confirmation: ["Passwords must match"] },
    });
    expect(await findPasswordLink(token)).not.toBeNull();
  });

  it("refuses a password containing the person's email address", async () => {
    const { token, email } = await newUserWithLink();
    const containing = `${email.split("@")[0]}-2026`;
    expect(await setPasswordWithLink({ token, password: containing, confirmation: containing })).toMatchObject({
      ok: false,
      fieldErrors: { password: ["Password must not contain your email address"] },
    });
  });
});
