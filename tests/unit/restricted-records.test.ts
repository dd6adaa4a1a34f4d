// Restricted records as pure rules: the restriction takes away every ground but being on the
// case; break-glass restores reading for those who would otherwise see it, and nobody else; a
// restricted person is found only by those on one of their cases; break-glass lasts four hours.
import { describe, expect, it } from "vitest";
import { decideCaseAccess, type AccessGrounds, type CaseFacts } from "@/lib/access/case-policy";
import { noStanding, type WorkerStanding } from "@/lib/access/need-to-know";
import { decideRedactedEntry } from "@/lib/access/redacted-entry";
import { decideInsideOrganisation, decideReachingRestricted, personRestrictionBar, seesRedacted } from "@/lib/access/restricted-records";
import { breakGlassExpiry } from "@/lib/cases/break-glass";

const me = "00000000-0000-4000-8000-000000000001";
const colleague = "00000000-0000-4000-8000-000000000002";
const worker = { userId: me, roles: ["FRONTLINE_WORKER"] as const };
const inTeam: WorkerStanding = { ...noStanding, teams: [{ id: "t-1", name: "North Team", neighbourhoodId: "n-1", neighbourhoodName: "North" }] };
const restricted = { neighbourhoodId: "n-1", leadProfessionalId: colleague, namedWorkerIds: [], leadOfferedToIds: [], restricted: true, breakGlassUserIds: [] };

const caseFacts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  ...restricted,
  caseId: "c-1",
  leadOrganisationId: "org-1",
  status: "OPEN",
  themeIds: [],
  involvedOrganisationIds: ["org-1"],
  pendingReferralOrganisationIds: [],
  consent: { status: "GIVEN", lawfulBasis: null, approvedById: null },
  ...over,
});
const actor = { ...worker, organisation: { id: "org-1" } };
const grounds = (standing: WorkerStanding): AccessGrounds => ({ agreements: [], standing });

describe("restricted records", () => {
  it("a team member who would see an unrestricted case does not see a restricted one", () => {
    expect(decideInsideOrganisation(worker, { ...restricted, restricted: false }, inTeam)).toMatchObject({ allowed: true, ground: "team" });
    const decision = decideInsideOrganisation(worker, restricted, inTeam);
    expect(decision.allowed).toBe(false);
    expect(decision.reason).toMatch(/restricted record/);
  });

  it("the people on the case still see it", () => {
    expect(decideInsideOrganisation(worker, { ...restricted, namedWorkerIds: [me] }, noStanding)).toMatchObject({ allowed: true, ground: "on-case" });
    expect(decideInsideOrganisation(worker, { ...restricted, leadOfferedToIds: [me] }, noStanding)).toMatchObject({ allowed: true, ground: "on-case" });
  });

  it("break-glass opens it only to someone who would see it but for the restriction", () => {
    const glass = { ...restricted, breakGlassUserIds: [me] };
    expect(decideInsideOrganisation(worker, glass, inTeam)).toMatchObject({ allowed: true, ground: "break-glass" });
    expect(decideInsideOrganisation(worker, glass, noStanding).allowed).toBe(false);
  });

  it("break-glass is for reading: the worker may view but not change the case", () => {
    const facts = caseFacts({ breakGlassUserIds: [me] });
    expect(decideCaseAccess(actor, facts, grounds(inTeam), "view").allowed).toBe(true);
    expect(decideCaseAccess(actor, facts, grounds(inTeam), "export").allowed).toBe(true);
    const edit = decideCaseAccess(actor, facts, grounds(inTeam), "edit");
    expect(edit.allowed).toBe(false);
    expect(edit.reasons.at(-1)).toMatch(/reading the record only/);
  });

  it("the redacted entry, break-glass and requests are for those who would see it, once at a time", () => {
    expect(seesRedacted(worker, restricted, inTeam, true)).toBe(true);
    expect(seesRedacted(worker, restricted, inTeam, false)).toBe(false);
    expect(seesRedacted(worker, restricted, noStanding, true)).toBe(false);
    expect(seesRedacted(worker, { ...restricted, restricted: false }, inTeam, true)).toBe(false);
    expect(decideReachingRestricted(worker, restricted, inTeam, true, "breakGlass").allowed).toBe(true);
    expect(decideReachingRestricted(worker, { ...restricted, breakGlassUserIds: [me] }, inTeam, true, "breakGlass").allowed).toBe(false);
    expect(decideReachingRestricted(worker, { ...restricted, breakGlassUserIds: [me] }, inTeam, true, "requestAccess").allowed).toBe(true);
    expect(decideReachingRestricted({ userId: me, roles: ["LOCALITY_LEAD"] }, restricted, inTeam, true, "breakGlass").allowed).toBe(false);
    expect(decideRedactedEntry(actor, caseFacts(), grounds(inTeam))).toBe(true);
    expect(decideRedactedEntry(actor, caseFacts({ breakGlassUserIds: [me] }), grounds(inTeam))).toBe(false);
  });

  it("only the lead professional answers a request for access", () => {
    expect(decideCaseAccess(actor, caseFacts({ leadProfessionalId: me }), grounds(noStanding), "answerAccessRequest").allowed).toBe(true);
    expect(decideCaseAccess(actor, caseFacts({ namedWorkerIds: [me] }), grounds(noStanding), "answerAccessRequest").allowed).toBe(false);
  });

  it("a restricted person bars everyone on none of their cases", () => {
    expect(personRestrictionBar(me, { restricted: true, cases: [restricted] })).toMatch(/restricted/);
    expect(personRestrictionBar(me, { restricted: true, cases: [{ ...restricted, namedWorkerIds: [me] }] })).toBeNull();
    expect(personRestrictionBar(me, { restricted: false, cases: [restricted] })).toBeNull();
  });

  it("break-glass lasts four hours from the moment it is given", () => {
    expect(breakGlassExpiry(new Date("2026-12-01T20:00:00Z")).toISOString()).toBe("2026-12-02T00:00:00.000Z");
  });
});
