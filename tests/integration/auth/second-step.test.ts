// The second step of signing in, enrolment, recovery codes, re-authentication and the admin's
// MFA reset, against the real database.
import { describe, expect, it } from "vitest";
import { resetMfa } from "@/lib/admin/users/reset-mfa";
import { renewRecoveryCodes } from "@/lib/account/renew-recovery-codes";
import { actorFromSession, type SecondStepSession } from "@/lib/auth/actor";
import { authenticatorSetUp, confirmEnrolment } from "@/lib/auth/mfa/enrolment";
import { passSecondStep } from "@/lib/auth/mfa/pass-second-step";
import { codeForStep, stepAt } from "@/lib/auth/mfa/totp";
import { reauthenticate } from "@/lib/auth/reauthenticate";
import { isRecentlyAuthenticated } from "@/lib/auth/reauthentication";
import { reauthenticationValidMs } from "@/lib/auth/session-policy";
import { decryptField } from "@/lib/crypto/field-encryption";
import { db } from "@/tests/support/owner-db";
import { freeFailures } from "@/lib/domain/progressive-delay";
import { NotPermittedError } from "@/lib/admin/permission";
import { createAdmin, createNonAdmin } from "../../support/admin-factories";
import { actorFor } from "../../support/case-factories";
import { createUser, testPassword } from "../../support/factories";
import { mailTo } from "../../support/mailbox";
import { createSession, enrolAuthenticator } from "../../support/sessions";

const ip = "192.0.2.44";

async function awaitingCode(options: { enrolled?: boolean } = {}) {
  const user = await createUser();
  const secret = options.enrolled === false ? null : await enrolAuthenticator(user.id);
  const { sessionId } = await createSession(user.id, { secondStep: false });
  const session: SecondStepSession = { sessionId, userId: user.id, name: user.name, email: user.email, enrolled: secret !== null };
  return { user, secret, session, claims: { sessionId, userId: user.id } };
}

const codeNow = (secret: string, now = new Date()) => codeForStep(secret, stepAt(now));

describe("the second step of signing in", () => {
  it("accepts the current code once: the session then reaches the portal, audited", async () => {
    const { secret, session, claims } = await awaitingCode();
    expect(await actorFromSession(claims)).toBeNull();
    expect(await passSecondStep(session, { method: "totp", code: codeNow(secret!) }, ip)).toEqual({ ok: true });
    expect(await actorFromSession(claims)).toMatchObject({ userId: session.userId });
    expect(await db.auditEvent.findFirst({ where: { recordId: session.userId, action: "auth.mfa" } })).toMatchObject({ outcome: "ALLOWED", reasons: ["authenticator code accepted"], ipAddress: ip });
  });

  it("refuses a code used before (replay), even in another session of the same user", async () => {
    const { secret, session, user } = await awaitingCode();
    const code = codeNow(secret!);
    expect(await passSecondStep(session, { method: "totp", code }, ip)).toEqual({ ok: true });
    const again = await createSession(user.id, { secondStep: false });
    const result = await passSecondStep({ ...session, sessionId: again.sessionId }, { method: "totp", code }, ip);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/already been used/) });
    expect(await actorFromSession(again)).toBeNull();
    expect(await db.auditEvent.findFirst({ where: { recordId: user.id, action: "auth.mfa", outcome: "DENIED" } })).toMatchObject({ reasons: ["totp: reused"] });
  });

  it("accepts the next step's code (clock drift) but not one two steps away", async () => {
    const { secret, session } = await awaitingCode();
    const step = stepAt(new Date());
    expect(await passSecondStep(session, { method: "totp", code: codeForStep(secret!, step + 3) }, ip)).toMatchObject({ ok: false });
    expect(await passSecondStep(session, { method: "totp", code: codeForStep(secret!, step + 1) }, ip)).toEqual({ ok: true });
  });

  it("asks for a code when none is typed, and throttles wrong codes with a clear wait", async () => {
    const { secret, session } = await awaitingCode();
    expect(await passSecondStep(session, { method: "totp", code: " " }, ip)).toEqual({ ok: false, error: "Enter the 6-digit code from your authenticator app" });
    for (let i = 0; i < freeFailures; i += 1) await passSecondStep(session, { method: "totp", code: "000000" }, ip);
    const throttled = await passSecondStep(session, { method: "totp", code: codeNow(secret!) }, ip);
    expect(throttled).toEqual({ ok: false, error: "Too many attempts: try again in 1 minute" });
    expect(await db.auditEvent.findFirst({ where: { recordId: session.userId, action: "auth.mfa", reasons: { has: "throttled: too many wrong codes" } } })).not.toBeNull();
  });

  it("accepts each recovery code once", async () => {
    const { user } = await awaitingCode({ enrolled: false });
    const enrolling = await createSession(user.id, { secondStep: false });
    const session: SecondStepSession = { sessionId: enrolling.sessionId, userId: user.id, name: user.name, email: user.email, enrolled: false };
    const setUp = await authenticatorSetUp(session);
    const secret = setUp!.typedKey.replace(/ /g, "");
    const enrolled = await confirmEnrolment(session, codeNow(secret), ip);
    if (!enrolled.ok) throw new Error(enrolled.error);
    const [first, second] = enrolled.recoveryCodes;

    const a = await createSession(user.id, { secondStep: false });
    expect(await passSecondStep({ ...session, sessionId: a.sessionId, enrolled: true }, { method: "recovery-code", code: first.toUpperCase() }, ip)).toEqual({ ok: true });
    const b = await createSession(user.id, { secondStep: false });
    expect(await passSecondStep({ ...session, sessionId: b.sessionId, enrolled: true }, { method: "recovery-code", code: first }, ip)).toEqual({
      ok: false,
      error: "The recovery code is not right, or has already been used",
    });
    expect(await passSecondStep({ ...session, sessionId: b.sessionId, enrolled: true }, { method: "recovery-code", code: second.replace(/-/g, " ") }, ip)).toEqual({ ok: true });
    expect(await db.recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(8);
  });
});

describe("setting up an authenticator app", () => {
  it("keeps one encrypted secret until confirmed, then issues ten recovery codes (only hashes stored) and completes the sign-in", async () => {
    const { session, claims } = await awaitingCode({ enrolled: false });
    const first = await authenticatorSetUp(session);
    const again = await authenticatorSetUp(session);
    expect(first?.typedKey).toBe(again?.typedKey);
    expect(first?.qrSvg).toMatch(/^<svg/);
    const secret = first!.typedKey.replace(/ /g, "");
    const stored = await db.totpCredential.findUniqueOrThrow({ where: { userId: session.userId } });
    expect(stored.secretCiphertext).not.toContain(secret);
    expect(decryptField(stored.secretCiphertext, `totp-secret:${session.userId}`)).toBe(secret);

    expect(await confirmEnrolment(session, "123", ip)).toMatchObject({ ok: false });
    expect(await actorFromSession(claims)).toBeNull();
    const done = await confirmEnrolment(session, codeNow(secret), ip);
    if (!done.ok) throw new Error(done.error);
    expect(done.recoveryCodes).toHaveLength(10);
    expect(new Set(done.recoveryCodes).size).toBe(10);
    const hashes = await db.recoveryCode.findMany({ where: { userId: session.userId }, select: { codeHash: true } });
    expect(hashes.map((h) => h.codeHash).join()).not.toContain(done.recoveryCodes[0].replace(/-/g, ""));
    expect(await actorFromSession(claims)).toMatchObject({ userId: session.userId });
    expect(await authenticatorSetUp(session)).toBeNull();
    expect(await db.auditEvent.findFirst({ where: { recordId: session.userId, action: "auth.mfa.enrol", outcome: "ALLOWED" } })).not.toBeNull();
  });
});

describe("re-authentication", () => {
  it("needs the password and a fresh code, lasts a few minutes, and is audited", async () => {
    const user = await createUser();
    const secret = await enrolAuthenticator(user.id);
    const { sessionId } = await createSession(user.id);
    const actor = { ...(await actorFor(user.id)), sessionId };
    expect(await isRecentlyAuthenticated(actor)).toBe(false);
    expect(await reauthenticate(actor, { password: "", code: "" }, ip)).toMatchObject({ ok: false, fieldErrors: { password: ["Enter your password"], code: expect.any(Array) } });
    expect(await reauthenticate(actor, { password: "wrong password", code: codeNow(secret) }, ip)).toMatchObject({ ok: false, fieldErrors: { password: ["The password is not right"] } });
    expect(await isRecentlyAuthenticated(actor)).toBe(false);
    expect(await reauthenticate(actor, { password: testPassword, code: codeNow(secret) }, ip)).toEqual({ ok: true });
    expect(await isRecentlyAuthenticated(actor)).toBe(true);
    expect(await isRecentlyAuthenticated(actor, new Date(Date.now() + reauthenticationValidMs + 1000))).toBe(false);
    const outcomes = await db.auditEvent.findMany({ where: { recordId: user.id, action: "auth.reauthenticate" }, orderBy: { id: "asc" }, select: { outcome: true, reasons: true } });
    expect(outcomes).toEqual([
      { outcome: "DENIED", reasons: ["wrong password"] },
      { outcome: "ALLOWED", reasons: ["password and authenticator code verified"] },
    ]);
  });

  it("new recovery codes need it; without it nothing changes and the refusal is audited", async () => {
    const user = await createUser();
    await enrolAuthenticator(user.id);
    const plain = { ...(await actorFor(user.id)), ...(await createSession(user.id)) };
    expect(await renewRecoveryCodes(plain, ip)).toBeNull();
    expect(await db.auditEvent.findFirst({ where: { recordId: user.id, action: "auth.recovery-codes.renew" } })).toMatchObject({ outcome: "DENIED" });
    const fresh = { ...(await actorFor(user.id)), ...(await createSession(user.id, { reauthenticated: true })) };
    expect(await renewRecoveryCodes(fresh, ip)).toHaveLength(10);
  });
});

describe("an admin resetting someone's authenticator app", () => {
  it("removes the app and codes, ends the user's sessions, emails them, audits; they enrol again at next sign-in", async () => {
    const admin = await createAdmin();
    const user = await createUser();
    await enrolAuthenticator(user.id);
    const session = await createSession(user.id);
    expect(await resetMfa(admin, { id: user.id })).toEqual({ ok: true, id: user.id });
    expect(await db.totpCredential.count({ where: { userId: user.id } })).toBe(0);
    expect(await actorFromSession(session)).toBeNull();
    expect((await mailTo(user.email)).map((m) => m.kind)).toEqual(["mfa.reset"]);
    expect(await db.auditEvent.findFirst({ where: { recordId: user.id, action: "admin.user.reset-mfa" } })).toMatchObject({ outcome: "ALLOWED", actorUserId: admin.userId });
    const next = await createSession(user.id, { secondStep: false });
    const state = await (await import("@/lib/auth/actor")).sessionState(next);
    expect(state).toMatchObject({ stage: "second-step", session: { enrolled: false } });
  });

  it("is refused without the admin's recent re-authentication, for their own account and for a bad id", async () => {
    const admin = await createAdmin({ reauthenticated: false });
    const user = await createUser();
    await enrolAuthenticator(user.id);
    expect(await resetMfa(admin, { id: user.id })).toMatchObject({ ok: false, formError: expect.stringMatching(/confirm your password/) });
    expect(await db.totpCredential.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.auditEvent.findFirst({ where: { recordId: user.id, action: "admin.user.reset-mfa" } })).toMatchObject({ outcome: "DENIED", reasons: ["no recent re-authentication"] });
    const fresh = await createAdmin();
    expect(await resetMfa(fresh, { id: fresh.userId })).toMatchObject({ ok: false, formError: expect.stringMatching(/cannot reset your own/) });
    expect(await resetMfa(fresh, { id: "not-an-id" })).toMatchObject({ ok: false, fieldErrors: { id: expect.any(Array) } });
    await expect(resetMfa(await createNonAdmin(), { id: user.id })).rejects.toThrow(NotPermittedError);
  });
});
