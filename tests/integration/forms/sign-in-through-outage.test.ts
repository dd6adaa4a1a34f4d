// Signing in while the database cannot answer: the password step says "try again", never that
// the password is wrong (people would reset a good one), and the code and re-authentication
// forms come back with the message instead of the error page. The app's database client is
// swapped for one that cannot connect; Auth.js's own wrapping of the failure is kept
// (tests/support/next-stand-ins.ts throws what Auth.js throws).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { isTransientDatabaseError } from "@/lib/forms/database-errors";
import { couldNotSaveNow } from "@/lib/forms/keeping-input";

vi.mock("next/navigation", () => import("../../support/next-stand-ins").then((s) => s.navigation));
vi.mock("next/cache", () => import("../../support/next-stand-ins").then((s) => s.cache));
vi.mock("next/headers", () => import("../../support/next-stand-ins").then((s) => s.headersModule));
vi.mock("next-auth", async (importOriginal) => {
  const actual = await importOriginal<typeof import("next-auth")>();
  const { authStandIn } = await import("../../support/next-stand-ins");
  return { ...actual, default: authStandIn(actual) };
});

import { AuthError } from "next-auth";
import { reauthenticateAction } from "@/lib/account/actions";
import { signInAction } from "@/lib/auth/actions";
import { verifyCodeAction } from "@/lib/auth/mfa/actions";
import { setSessionUser } from "../../support/next-stand-ins";
import { formDataFrom } from "../../support/server-actions";

const appClient = globalThis as unknown as { goldenThreadDb?: Db };
const unreachable = createPrismaClient("postgresql://postgres@127.0.0.1:1/none", { max: 1 });
let real: Db | undefined;
beforeEach(() => {
  real = appClient.goldenThreadDb;
  appClient.goldenThreadDb = unreachable;
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
  setSessionUser({ userId: "0b8e7c36-2a55-4a3e-9b0e-6f9b7a7c2a11", sessionId: "5d0f7c1e-8f1b-4b9e-a1f2-3c4d5e6f7a8b" });
});
afterEach(() => {
  appClient.goldenThreadDb = real;
  setSessionUser(null);
  vi.restoreAllMocks();
});

async function unreachableError(): Promise<unknown> {
  try {
    await unreachable.user.count();
  } catch (error) {
    return error;
  }
  throw new Error("expected the unreachable database to fail");
}

describe("signing in while the database cannot answer", () => {
  it("an outage that Auth.js wraps in its CallbackRouteError is still recognised as one", async () => {
    // Auth.js's CallbackRouteError is an AuthError made from the cause itself (@auth/core
    // errors.js), which its types do not admit.
    const Wrapped = AuthError as unknown as new (cause: unknown) => Error;
    expect(isTransientDatabaseError(new Wrapped(await unreachableError()))).toBe(true);
    expect(isTransientDatabaseError(new Wrapped(new Error("some bug")))).toBe(false);
  });

  it("[anyone] the password step says to try again, not that the password is wrong, and keeps the email", async () => {
    const result = await signInAction(null as never, formDataFrom({ email: "someone@council.gov.uk", password: "a perfectly good password" }));
    expect(result).toEqual({ ok: false, formError: expect.stringMatching(/could not sign you in just now/), fieldErrors: {}, values: { email: "someone@council.gov.uk" } });
  });

  it("[signing in] the code form comes back with 'try again'", async () => {
    expect(await verifyCodeAction(null as never, formDataFrom({ code: "123456" }))).toEqual({ ok: false, formError: couldNotSaveNow, fieldErrors: {}, values: {} });
  });

  it("[worker] the re-authentication form comes back with 'try again', keeping where it returns to", async () => {
    const result = await reauthenticateAction(null as never, formDataFrom({ password: "a perfectly good password", code: "123456", returnTo: "/account" }));
    expect(result).toEqual({ ok: false, formError: couldNotSaveNow, fieldErrors: {}, values: { returnTo: "/account" } });
  });
});
