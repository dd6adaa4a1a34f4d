import { describe, expect, it } from "vitest";
import { hasPermission, homeFor } from "@/lib/auth/roles";
import { MissingDatabaseUrlError, resolveDatabaseUrl } from "@/lib/db/database-url";

describe("role homes", () => {
  it("sends each role to its own home", () => {
    expect(homeFor(["FRONTLINE_WORKER"])).toBe("/work");
    expect(homeFor(["LOCALITY_LEAD"])).toBe("/places");
    expect(homeFor(["PARTNERSHIP_ADMIN"])).toBe("/admin/organisations");
    expect(homeFor([])).toBe("/no-role");
  });

  it("prefers frontline work for someone with several roles", () => {
    expect(homeFor(["PARTNERSHIP_ADMIN", "FRONTLINE_WORKER"])).toBe("/work");
  });
});

describe("permissions", () => {
  it("lets only admins manage the partnership", () => {
    expect(hasPermission(["PARTNERSHIP_ADMIN"], "admin.manage")).toBe(true);
    expect(hasPermission(["LOCALITY_LEAD", "FRONTLINE_WORKER"], "admin.manage")).toBe(false);
  });

  it("does not let admins work cases", () => {
    expect(hasPermission(["PARTNERSHIP_ADMIN"], "cases.work")).toBe(false);
  });
});

describe("choosing the database", () => {
  it("uses DATABASE_URL when given", () => {
    expect(resolveDatabaseUrl({ DATABASE_URL: "postgresql://db/x", NODE_ENV: "production" })).toBe(
      "postgresql://db/x",
    );
  });

  it("falls back to the embedded database in development", () => {
    expect(resolveDatabaseUrl({ NODE_ENV: "development" })).toMatch(/127\.0\.0\.1:54329/);
  });

  it("refuses to run in production without DATABASE_URL, with a clear message", () => {
    expect(() => resolveDatabaseUrl({ NODE_ENV: "production" })).toThrow(MissingDatabaseUrlError);
    expect(() => resolveDatabaseUrl({ NODE_ENV: "production" })).toThrow(/DATABASE_URL is not set/);
  });
});

describe("starting in production", () => {
  it("needs the database, a long AUTH_SECRET, encryption keys, its address and email, and says what to do", async () => {
    const { problemsStartingInProduction } = await import("@/lib/startup-problems");
    expect(problemsStartingInProduction({ NODE_ENV: "production" })).toEqual([
      expect.stringMatching(/DATABASE_URL is not set/),
      expect.stringMatching(/AUTH_SECRET is not set.*openssl rand/),
      expect.stringMatching(/FIELD_ENCRYPTION_KEYS is not set/),
      expect.stringMatching(/FIELD_LOOKUP_KEY is not set/),
      expect.stringMatching(/PORTAL_URL is not set/),
      expect.stringMatching(/Email is not configured/),
    ]);
    const ready = {
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://db/x",
      AUTH_SECRET: "x".repeat(43),
      FIELD_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString("base64")}`,
      FIELD_LOOKUP_KEY: Buffer.alloc(32, 9).toString("base64"),
      PORTAL_URL: "https://goldenthread.example.gov.uk",
      SMTP_URL: "smtps://user:password@smtp.example.org:465",
      MAIL_FROM: "Golden Thread <no-reply@example.gov.uk>",
    };
    expect(problemsStartingInProduction(ready)).toEqual([]);
    expect(problemsStartingInProduction({ ...ready, AUTH_SECRET: "short" })).toEqual([expect.stringMatching(/AUTH_SECRET/)]);
    expect(problemsStartingInProduction({ NODE_ENV: "development" })).toEqual([]);
  });
});
