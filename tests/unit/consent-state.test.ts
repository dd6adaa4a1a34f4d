// Consent over time, the pure rule: what the record in force says on a given day.
import { describe, expect, it } from "vitest";
import { consentStateOf, reviewDayAfter, type ConsentInForce } from "@/lib/access/consent-state";

const day = (text: string) => new Date(`${text}T00:00:00.000Z`);
const given: ConsentInForce = { status: "GIVEN", decidedOn: day("2026-03-03"), lawfulBasis: null, approvedById: null, reviewOn: day("2027-03-03"), awaitsConfirmation: false, declinedAt: null };
const basis: ConsentInForce = { ...given, status: "REFUSED", lawfulBasis: "SAFEGUARDING", approvedById: "approver", reviewOn: day("2027-03-03") };

describe("consent state", () => {
  it("consent given opens sharing until the day before its review day", () => {
    const state = consentStateOf(given, day("2027-03-02"));
    expect(state).toMatchObject({ kind: "given", opensSharing: true, suspendsPartners: false });
  });

  it("consent lapses on its review day and says so, with the date", () => {
    const state = consentStateOf(given, day("2027-03-03"));
    expect(state).toMatchObject({ kind: "lapsed", opensSharing: false, suspendsPartners: true });
    expect(state.reason).toBe("Consent lapsed on 3 March 2027; access suspended until renewed");
  });

  it("consent without a review day never lapses", () => {
    expect(consentStateOf({ ...given, reviewOn: null }, day("2099-01-01")).kind).toBe("given");
  });

  it("withdrawn consent suspends partners", () => {
    const state = consentStateOf({ ...given, status: "WITHDRAWN", decidedOn: day("2026-11-30") }, day("2026-12-01"));
    expect(state).toMatchObject({ kind: "withdrawn", suspendsPartners: true, opensSharing: false });
    expect(state.reason).toContain("withdrawn on 30 November 2026");
  });

  it("a lawful basis awaiting its approver opens nothing and suspends partners", () => {
    expect(consentStateOf({ ...basis, awaitsConfirmation: true }, day("2026-12-01"))).toMatchObject({ kind: "basis-unconfirmed", opensSharing: false, suspendsPartners: true });
  });

  it("a confirmed lawful basis opens sharing until its review day, then lapses", () => {
    expect(consentStateOf(basis, day("2027-03-02"))).toMatchObject({ kind: "basis-confirmed", opensSharing: true });
    expect(consentStateOf(basis, day("2027-03-03"))).toMatchObject({ kind: "basis-lapsed", suspendsPartners: true });
  });

  it("a declined lawful basis suspends partners even before its review day", () => {
    expect(consentStateOf({ ...basis, declinedAt: day("2026-12-01") }, day("2026-12-02"))).toMatchObject({ kind: "basis-declined", suspendsPartners: true });
  });

  it("no decision, not yet asked and refused leave the agreement alone to decide (no suspension, no widening)", () => {
    for (const state of [consentStateOf(null, day("2026-12-01")), consentStateOf({ ...given, status: "NOT_YET_ASKED" }, day("2026-12-01")), consentStateOf({ ...given, status: "REFUSED" }, day("2026-12-01"))]) {
      expect(state).toMatchObject({ opensSharing: false, suspendsPartners: false });
    }
  });

  it("the review day is the agreement's months on, clamped to the end of a shorter month", () => {
    expect(reviewDayAfter(day("2026-03-03"), 12)).toEqual(day("2027-03-03"));
    expect(reviewDayAfter(day("2026-08-31"), 6)).toEqual(day("2027-02-28"));
  });
});
