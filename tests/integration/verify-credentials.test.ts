// The password step of signing in: right passwords start a session that still needs its second
// step; failures look alike; throttling is a progressive delay that a known device is spared.
import { describe, expect, it } from "vitest";
import { deviceHashOf } from "@/lib/auth/known-device";
import { maxFailuresPerAddress } from "@/lib/auth/throttle";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/tests/support/owner-db";
import { freeFailures } from "@/lib/domain/progressive-delay";
import { createOrganisation, createUser, testPassword, uniqueSuffix } from "../support/factories";

const context = (overrides: { ipAddress?: string; deviceHash?: string | null } = {}) => ({
  ipAddress: overrides.ipAddress ?? `192.0.2.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`,
  userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
  deviceHash: overrides.deviceHash ?? null,
});

describe("signing in with email and password", () => {
  it("accepts the right password, whatever the case of the email address, and starts a session awaiting its second step", async () => {
    const user = await createUser();
    const check = await verifyCredentials({ email: user.email.toUpperCase(), password: testPassword }, context());
    if (!check.ok) throw new Error("expected success");
    expect(check.user).toEqual({ id: user.id, name: user.name, email: user.email });
    const session = await db.userSession.findUniqueOrThrow({ where: { id: check.sessionId } });
    expect(session).toMatchObject({ userId: user.id, mfaPassedAt: null, revokedAt: null, userAgent: "Chrome on Windows" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { recordId: user.id, action: "auth.sign-in" } });
    expect(audit).toMatchObject({ outcome: "ALLOWED", reasons: ["password verified", "second step required"] });
  });

  it("refuses a wrong password and audits the denial, starting no session", async () => {
    const user = await createUser();
    const check = await verifyCredentials({ email: user.email, password: "not the password" }, context());
    expect(check).toEqual({ ok: false, retryAt: null });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { recordId: user.id, action: "auth.sign-in" } });
    expect(audit.outcome).toBe("DENIED");
    expect(audit.reasons).toEqual(["wrong password"]);
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("answers an unknown account exactly as a wrong password", async () => {
    const check = await verifyCredentials({ email: `nobody-${uniqueSuffix()}@example.org`, password: "x" }, context());
    expect(check).toEqual({ ok: false, retryAt: null });
  });

  it("refuses a deactivated user even with the right password", async () => {
    const user = await createUser({ deactivated: true });
    expect(await verifyCredentials({ email: user.email, password: testPassword }, context())).toEqual({ ok: false, retryAt: null });
  });

  it.each(["SUSPENDED", "LEFT", "INVITED"] as const)("refuses a user of an organisation whose status is %s", async (status) => {
    const organisation = await createOrganisation({ status });
    const user = await createUser({ organisationId: organisation.id });
    const check = await verifyCredentials({ email: user.email, password: testPassword }, context());
    expect(check.ok).toBe(false);
  });

  it("delays an account after repeated failures (from any addresses), even when the password is then right, and says until when", async () => {
    const user = await createUser();
    for (let i = 0; i < freeFailures; i += 1) await verifyCredentials({ email: user.email, password: `wrong ${i}` }, context());
    const check = await verifyCredentials({ email: user.email, password: testPassword }, context());
    expect(check.ok).toBe(false);
    if (check.ok || !check.retryAt) throw new Error("expected a delay");
    expect(check.retryAt.getTime()).toBeGreaterThan(Date.now());
    expect(check.retryAt.getTime()).toBeLessThanOrEqual(Date.now() + 61_000);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { recordId: user.id, action: "auth.sign-in" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ outcome: "DENIED", reasons: ["throttled: failures on this account"] });
  });

  it("lets the real user in from a device that signed in before, while the account is under attack", async () => {
    const user = await createUser();
    const deviceHash = deviceHashOf(`device-${uniqueSuffix()}`.padEnd(43, "x"));
    await db.knownDevice.create({ data: { userId: user.id, deviceHash } });
    for (let i = 0; i < freeFailures + 3; i += 1) await verifyCredentials({ email: user.email, password: `guess ${i}` }, context());
    expect(await verifyCredentials({ email: user.email, password: testPassword }, context())).toMatchObject({ ok: false, retryAt: expect.any(Date) });
    const fromKnownDevice = await verifyCredentials({ email: user.email, password: testPassword }, context({ deviceHash }));
    expect(fromKnownDevice.ok).toBe(true);
    // …and the real user's success does not reset the delay the attacker built up.
    expect(await verifyCredentials({ email: user.email, password: testPassword }, context())).toMatchObject({ ok: false, retryAt: expect.any(Date) });
  });

  it("a known device's own failures still slow it down", async () => {
    const user = await createUser();
    const deviceHash = deviceHashOf(`device-${uniqueSuffix()}`.padEnd(43, "y"));
    await db.knownDevice.create({ data: { userId: user.id, deviceHash } });
    for (let i = 0; i < freeFailures; i += 1) await verifyCredentials({ email: user.email, password: `wrong ${i}` }, context({ deviceHash }));
    expect(await verifyCredentials({ email: user.email, password: testPassword }, context({ deviceHash }))).toMatchObject({ ok: false, retryAt: expect.any(Date) });
  });

  it("caps failures from one network address across many accounts", async () => {
    const ipAddress = `198.51.100.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`;
    for (let i = 0; i < maxFailuresPerAddress; i += 1) {
      await verifyCredentials({ email: `spray-${i}-${uniqueSuffix()}@example.org`, password: "Summer2026!" }, context({ ipAddress }));
    }
    const user = await createUser();
    expect(await verifyCredentials({ email: user.email, password: testPassword }, context({ ipAddress }))).toMatchObject({ ok: false, retryAt: expect.any(Date) });
    expect((await verifyCredentials({ email: user.email, password: testPassword }, context())).ok).toBe(true);
  });

  it("throttles an unknown email address the same way, so throttling reveals nothing", async () => {
    const email = `nobody-${uniqueSuffix()}@example.org`;
    for (let i = 0; i < freeFailures; i += 1) await verifyCredentials({ email, password: `wrong ${i}` }, context());
    expect(await verifyCredentials({ email, password: "anything" }, context())).toMatchObject({ ok: false, retryAt: expect.any(Date) });
  });
});
