import { describe, expect, it } from "vitest";
import { checkSameOrigin } from "@/lib/security/same-origin";

const check = (method: string, headers: Record<string, string>, trustProxy = false) =>
  checkSameOrigin(method, new Headers({ host: "portal.example", ...headers }), { trustProxy }).allowed;

describe("the same-origin check for requests that change something", () => {
  it("lets reads through whatever they say", () => {
    expect(check("GET", { origin: "https://attacker.example" })).toBe(true);
  });

  it("accepts a post whose Origin is the portal, and refuses another origin", () => {
    expect(check("POST", { origin: "https://portal.example" })).toBe(true);
    expect(check("POST", { origin: "https://attacker.example" })).toBe(false);
    expect(check("POST", { origin: "not a url" })).toBe(false);
  });

  it("falls back to Sec-Fetch-Site, then Referer, when Origin is missing or null", () => {
    expect(check("POST", { origin: "null", "sec-fetch-site": "same-origin" })).toBe(true);
    expect(check("POST", { "sec-fetch-site": "cross-site" })).toBe(false);
    expect(check("POST", { "sec-fetch-site": "same-site" })).toBe(false);
    expect(check("POST", { referer: "https://portal.example/cases/1" })).toBe(true);
    expect(check("POST", { referer: "https://attacker.example/page" })).toBe(false);
  });

  it("refuses a plain form post that says nothing about where it comes from", () => {
    expect(check("POST", {})).toBe(false);
    expect(check("DELETE", {})).toBe(false);
  });

  it("believes X-Forwarded-Host only behind a trusted proxy", () => {
    const forged = { origin: "https://attacker.example", "x-forwarded-host": "attacker.example" };
    expect(check("POST", forged)).toBe(false);
    expect(check("POST", forged, true)).toBe(true);
  });
});
