import { describe, expect, it } from "vitest";
import { commonPasswords } from "@/lib/auth/common-passwords";
import { passwordProblem } from "@/lib/domain/password-rules";

describe("choosing a password", () => {
  it("accepts a long, uncommon password", () => {
    expect(passwordProblem("tram kettle orchard mist")).toBeNull();
    expect(passwordProblem("Ancoats-Bridge-Lantern-9")).toBeNull();
  });

  it("asks for one when none is typed", () => {
    expect(passwordProblem("")).toBe("Enter a password");
  });

  it("refuses fewer than 12 characters, counting characters rather than bytes", () => {
    expect(passwordProblem("short-pass1")).toBe("Password must be 12 characters or more");
    expect(passwordProblem("ééééééééééé1")).not.toBe("Password must be 12 characters or more");
  });

  it("refuses more than 256 characters", () => {
    expect(passwordProblem("a-b".repeat(100))).toBe("Password must be 256 characters or fewer");
  });

  it("refuses common passwords whatever their case", () => {
    expect(passwordProblem("password1234")).toMatch(/too easy to guess/);
    expect(passwordProblem("QwertyUiop123")).toMatch(/too easy to guess/);
    expect(passwordProblem("correct horse battery staple")).toMatch(/too easy to guess/);
  });

  it("refuses a common word with digits or symbols added around it", () => {
    expect(passwordProblem("Manchester2025!")).toMatch(/too easy to guess/);
    expect(passwordProblem("!!Liverpool1234")).toMatch(/too easy to guess/);
  });

  it("refuses one or two characters repeated", () => {
    expect(passwordProblem("abababababababab")).toMatch(/too easy to guess/);
  });

  it("refuses a password containing the email address's name part", () => {
    expect(passwordProblem("helen.marsden-2026", { email: "Helen.Marsden@gmca.gov.uk" })).toBe(
      "Password must not contain your email address",
    );
  });

  it("has the ASVS-sized list of common passwords (at least the top 3,000), all in lower case", () => {
    expect(commonPasswords.size).toBeGreaterThanOrEqual(3000);
    expect(commonPasswords.has("trustno1")).toBe(true);
    for (const p of commonPasswords) expect(p).toBe(p.toLowerCase());
  });
});
