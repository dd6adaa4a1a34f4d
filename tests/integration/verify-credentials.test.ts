import { describe, expect, it } from "vitest";
import { maxFailuresPerAccount } from "@/lib/auth/throttle";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/tests/support/owner-db";
import { createOrganisation, createUser, testPassword, uniqueSuffix } from "../support/factories";

const address = () => `192.0.2.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`;

describe("signing in with email and password", () => {
  it("accepts the right password, whatever the case of the email address", async () => {
    const user = await createUser();
    const check = await verifyCredentials({ email: user.email.toUpperCase(), password: testPassword }, address());
    expect(check).toEqual({
      ok: true,
      user: { id: user.id, name: user.name, email: user.email, sessionVersion: 1 },
    });
  });

  it("refuses a wrong password and audits the denial", async () => {
    const user = await createUser();
    const check = await verifyCredentials({ email: user.email, password: "not the password" }, address());
    expect(check).toEqual({ ok: false, throttled: false });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { recordId: user.id, action: "auth.sign-in" },
    });
    expect(audit.outcome).toBe("DENIED");
    expect(audit.reasons).toEqual(["wrong password"]);
  });

  it("answers an unknown account exactly as a wrong password", async () => {
    const check = await verifyCredentials({ email: `nobody-${uniqueSuffix()}@example.org`, password: "x" }, address());
    expect(check).toEqual({ ok: false, throttled: false });
  });

  it("refuses a deactivated user even with the right password", async () => {
    const user = await createUser({ deactivated: true });
    expect(await verifyCredentials({ email: user.email, password: testPassword }, address())).toEqual({
      ok: false,
      throttled: false,
    });
  });

  it.each(["SUSPENDED", "LEFT", "INVITED"] as const)(
    "refuses a user of an organisation whose status is %s",
    async (status) => {
      const organisation = await createOrganisation({ status });
      const user = await createUser({ organisationId: organisation.id });
      const check = await verifyCredentials({ email: user.email, password: testPassword }, address());
      expect(check.ok).toBe(false);
    },
  );

  it("throttles an account after repeated failures, even when the password is then right", async () => {
    const user = await createUser();
    for (let i = 0; i < maxFailuresPerAccount; i += 1) {
      await verifyCredentials({ email: user.email, password: `wrong ${i}` }, address());
    }
    const check = await verifyCredentials({ email: user.email, password: testPassword }, address());
    expect(check).toEqual({ ok: false, throttled: true });
  });

  it("throttles an unknown email address the same way, so throttling reveals nothing", async () => {
    const email = `nobody-${uniqueSuffix()}@example.org`;
    for (let i = 0; i < maxFailuresPerAccount; i += 1) {
      await verifyCredentials({ email, password: `wrong ${i}` }, address());
    }
    expect(await verifyCredentials({ email, password: "anything" }, address())).toEqual({
      ok: false,
      throttled: true,
    });
  });
});
