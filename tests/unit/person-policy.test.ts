// The person policy alone: who may see and who may change a person's record, and why.
import { describe, expect, it } from "vitest";
import type { AccessActor, AgreementInForce, CaseFacts } from "@/lib/access/case-policy";
import { decidePersonAccess, type PersonFacts } from "@/lib/access/person-policy";

const lead = "org-lead";
const partner = "org-partner";
const stranger = "org-stranger";
const theme = "theme-1";
const agreements: AgreementInForce[] = [{ id: "a1", reference: "ISA-1", partyIds: [lead, partner], themeIds: [theme] }];

const actor = (organisationId: string, roles: AccessActor["roles"] = ["FRONTLINE_WORKER"]): AccessActor => ({ userId: `user-${organisationId}`, organisation: { id: organisationId }, roles });

const caseLedBy = (organisationId: string, involved: string[] = []): CaseFacts => ({
  caseId: `case-${organisationId}`,
  leadOrganisationId: organisationId,
  status: "OPEN",
  themeIds: [theme],
  involvedOrganisationIds: [organisationId, ...involved],
  pendingReferralOrganisationIds: [],
  consent: { status: "GIVEN", lawfulBasis: null, approvedById: null },
});

const person = (facts: Partial<PersonFacts> = {}): PersonFacts => ({ personId: "p1", recordedByOrganisationId: null, cases: [caseLedBy(lead, [partner])], ...facts });

describe("the person policy", () => {
  it("lets the lead organisation of a case about the person see and change them", () => {
    expect(decidePersonAccess(actor(lead), person(), agreements, "view")).toEqual({ allowed: true, reasons: ["a case about the person is shared with their organisation"] });
    expect(decidePersonAccess(actor(lead), person(), agreements, "edit")).toEqual({ allowed: true, reasons: ["their organisation leads a case about the person"] });
  });

  it("lets a partner in the team around the person see them but not change them", () => {
    expect(decidePersonAccess(actor(partner), person(), agreements, "view").allowed).toBe(true);
    expect(decidePersonAccess(actor(partner), person(), agreements, "edit")).toEqual({
      allowed: false,
      reasons: ["their organisation neither recorded the person nor leads a case about them"],
    });
  });

  it("hides the person from a partner whose agreement has ended", () => {
    expect(decidePersonAccess(actor(partner), person(), [], "view").allowed).toBe(false);
  });

  it("lets the organisation that recorded the person see and change them before any case", () => {
    const recorded = person({ recordedByOrganisationId: stranger, cases: [] });
    expect(decidePersonAccess(actor(stranger), recorded, agreements, "view").allowed).toBe(true);
    expect(decidePersonAccess(actor(stranger), recorded, agreements, "edit").allowed).toBe(true);
    expect(decidePersonAccess(actor(lead), recorded, agreements, "view").allowed).toBe(false);
  });

  it("refuses an uninvolved organisation, a partnership admin, and changes by a locality lead", () => {
    expect(decidePersonAccess(actor(stranger), person(), agreements, "view")).toEqual({
      allowed: false,
      reasons: ["the person is on no case shared with their organisation, and their organisation did not record them"],
    });
    expect(decidePersonAccess(actor(lead, ["PARTNERSHIP_ADMIN"]), person(), agreements, "view")).toEqual({ allowed: false, reasons: ["partnership admins do not see case content"] });
    expect(decidePersonAccess(actor(lead, ["LOCALITY_LEAD"]), person(), agreements, "view").allowed).toBe(true);
    expect(decidePersonAccess(actor(lead, ["LOCALITY_LEAD"]), person(), agreements, "edit")).toEqual({ allowed: false, reasons: ["only frontline workers change people's records"] });
  });
});
