// Pure rules of identity: session validity, progressive delay, the client address behind a
// trusted proxy, device names, TOTP steps, return paths and the email-change hold.
import { describe, expect, it } from "vitest";
import { adminResetHeldUntil, emailChangeHoldMs } from "@/lib/admin/users/takeover-guard";
import { clientAddress, trustedProxyHops } from "@/lib/auth/client-address";
import { codeForStep, matchingStep, normaliseCode, stepAt, typedKey } from "@/lib/auth/mfa/totp";
import { safeReturnPath } from "@/lib/auth/return-path";
import { absoluteLimitMs, idleLimitMs, secondStepLimitMs } from "@/lib/auth/session-policy";
import { idleExpiryAfter, sessionEndReason, type SessionFacts } from "@/lib/auth/session-validity";
import { userAgentSummary } from "@/lib/auth/user-agent-summary";
import { delayAfterFailures, minutesUntil } from "@/lib/domain/progressive-delay";

const t0 = new Date("2026-12-01T09:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function facts(overrides: Partial<SessionFacts> = {}): SessionFacts {
  return {
    createdAt: t0,
    idleExpiresAt: at(idleLimitMs),
    absoluteExpiresAt: at(absoluteLimitMs),
    revokedAt: null,
    revokedReason: null,
    mfaPassedAt: t0,
    userSessionVersion: 1,
    user: { deactivatedAt: null, sessionVersion: 1, organisationStatus: "ACTIVE" },
    ...overrides,
  };
}

describe("session validity", () => {
  it("is good until the idle expiry, and ends there", () => {
    expect(sessionEndReason(facts(), at(idleLimitMs - 1))).toBeNull();
    expect(sessionEndReason(facts(), at(idleLimitMs))).toBe("idle limit reached");
  });

  it("ends at the absolute limit even if the idle expiry were later", () => {
    expect(sessionEndReason(facts({ idleExpiresAt: at(absoluteLimitMs * 2) }), at(absoluteLimitMs))).toBe("absolute limit reached");
  });

  it("gives the second step a few minutes only", () => {
    expect(sessionEndReason(facts({ mfaPassedAt: null }), at(secondStepLimitMs - 1))).toBeNull();
    expect(sessionEndReason(facts({ mfaPassedAt: null }), at(secondStepLimitMs))).toBe("second step not completed in time");
  });

  it("ends on revocation (with its reason), deactivation, organisation status and a version bump", () => {
    expect(sessionEndReason(facts({ revokedAt: t0, revokedReason: "signed out" }), t0)).toBe("signed out");
    expect(sessionEndReason(facts({ user: { deactivatedAt: t0, sessionVersion: 1, organisationStatus: "ACTIVE" } }), t0)).toBe("user deactivated");
    expect(sessionEndReason(facts({ user: { deactivatedAt: null, sessionVersion: 1, organisationStatus: "SUSPENDED" } }), t0)).toBe("organisation suspended");
    expect(sessionEndReason(facts({ user: { deactivatedAt: null, sessionVersion: 2, organisationStatus: "ACTIVE" } }), t0)).toBe("password, roles or organisation changed");
  });

  it("moves the idle expiry on with activity but never past the absolute limit", () => {
    expect(idleExpiryAfter(at(60_000), at(absoluteLimitMs), idleLimitMs)).toEqual(at(60_000 + idleLimitMs));
    expect(idleExpiryAfter(at(absoluteLimitMs - 60_000), at(absoluteLimitMs), idleLimitMs)).toEqual(at(absoluteLimitMs));
  });
});

describe("progressive delay", () => {
  it("lets the first failures through, then doubles the wait up to 15 minutes", () => {
    expect([0, 4, 5, 6, 7, 8, 9, 20].map(delayAfterFailures)).toEqual([0, 0, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000]);
  });

  it("says whole minutes, never zero", () => {
    expect(minutesUntil(at(1000), t0)).toBe(1);
    expect(minutesUntil(at(4 * 60_000 + 1), t0)).toBe(5);
  });
});

describe("the client address", () => {
  const headers = (xff: string) => new Headers({ "x-forwarded-for": xff });

  it("without a trusted proxy, is the one entry Next itself wrote (proxy.ts dropped the client's)", () => {
    expect(clientAddress(headers("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
  });

  it("behind N trusted proxies, is the N-th entry from the right: entries the client forged on the left are ignored", () => {
    expect(clientAddress(headers("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(headers("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("is 'unknown' without the header, and reads TRUSTED_PROXY_HOPS safely", () => {
    expect(clientAddress(new Headers(), 0)).toBe("unknown");
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "lots" })).toBe(0);
    expect(trustedProxyHops({})).toBe(0);
  });
});

describe("device names", () => {
  it("name browser and system, not the whole user-agent string", () => {
    expect(userAgentSummary("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).toBe("Edge on Windows");
    expect(userAgentSummary("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1")).toBe("Safari on iOS");
    expect(userAgentSummary("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0")).toBe("Firefox on Linux");
    expect(userAgentSummary("")).toBe("Unknown browser");
  });
});

describe("TOTP (RFC 6238)", () => {
  const secret = "JBSWY3DPEHPK3PXP";

  it("matches a code to its step within one step of now, whatever spaces are typed", () => {
    const step = stepAt(t0);
    expect(matchingStep(secret, codeForStep(secret, step), t0)).toBe(step);
    expect(matchingStep(secret, codeForStep(secret, step - 1), t0)).toBe(step - 1);
    const spaced = codeForStep(secret, step + 1).replace(/(\d{3})/, "$1 ");
    expect(matchingStep(secret, spaced, t0)).toBe(step + 1);
    expect(matchingStep(secret, codeForStep(secret, step + 2), t0)).toBeNull();
    expect(matchingStep(secret, "12345", t0)).toBeNull();
    expect(normaliseCode("123-456")).toBe("123456");
  });

  it("gives RFC 6238's SHA-1 test vector", () => {
    // RFC 6238 appendix B: secret "12345678901234567890" (ASCII), time 59 s, 8 digits 94287082 → 6 digits 287082.
    expect(codeForStep("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Math.floor(59 / 30))).toBe("287082");
  });

  it("shows the key in groups of four for typing", () => {
    expect(typedKey("JBSWY3DPEHPK3PXP")).toBe("JBSW Y3DP EHPK 3PXP");
  });
});

describe("return paths after re-authentication", () => {
  it("stay inside the portal", () => {
    expect(safeReturnPath("/api/cases/1/export")).toBe("/api/cases/1/export");
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "", null, "/ok\nSet-Cookie: x"]) expect(safeReturnPath(bad)).toBe("/");
  });
});

describe("the email-change hold", () => {
  it("holds admin resets for a week after an admin changes the address", () => {
    expect(adminResetHeldUntil(null, t0)).toBeNull();
    expect(adminResetHeldUntil(t0, at(60_000))).toEqual(at(emailChangeHoldMs));
    expect(adminResetHeldUntil(t0, at(emailChangeHoldMs))).toBeNull();
  });
});
