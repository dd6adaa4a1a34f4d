// The person policy alone: who may see and who may change a person's record, and why.
import { describe, expect, it } from "vitest";
import type { AccessActor, AccessGrounds, AgreementInForce, CaseFacts } from "@/lib/access/case-policy";
import { noStanding } from "@/lib/access/need-to-know";
import { decidePersonAccess, type PersonFacts } from "@/lib/access/person-policy";

const lead = "org-lead";
const partner = "org-partner";
const stranger = "org-stranger";
const theme = "theme-1";
const inForce: AgreementInForce[] = [{ id: "a1", reference: "ISA-1", partyIds: [lead, partner], themeIds: [theme] }];
// The users below are named workers of the case (need-to-know), unless a test says otherwise.
const agreements: AccessGrounds = { agreements: inForce, standing: noStanding };
const noAgreements: AccessGrounds = { agreements: [], standing: noStanding };

const actor = (organisationId: string, roles: AccessActor["roles"] = ["FRONTLINE_WORKER"]): AccessActor => ({ userId: `user-${organisationId}`, organisation: { id: organisationId }, roles });

const caseLedBy = (organisationId: string, involved: string[] = []): CaseFacts => ({
  caseId: `case-${organisationId}`,
  leadOrganisationId: organisationId,
  status: "OPEN",
  themeIds: [theme],
  involvedOrganisationIds: [organisationId, ...involved],
  pendingReferralOrganisationIds: [],
  consent: { status: "GIVEN", lawfulBasis: null, approvedById: null },
  neighbourhoodId: "n-1",
  leadProfessionalId: `user-${organisationId}`,
  namedWorkerIds: [organisationId, ...involved].map((id) => `user-${id}`),
  leadOfferedToIds: [],
  restricted: false,
  breakGlassUserIds: [],
});

const person = (facts: Partial<PersonFacts> = {}): PersonFacts => ({ personId: "p1", recordedByOrganisationId: null, cases: [caseLedBy(lead, [partner])], restricted: false, ...facts });

describe("the person policy", () => {
  it("lets the lead organisation of a case about the person see and change them", () => {
    expect(decidePersonAccess(actor(lead), person(), agreements, "view")).toEqual({ allowed: true, reasons: ["they may see a case about the person"] });
    expect(decidePersonAccess(actor(lead), person(), agreements, "edit")).toEqual({ allowed: true, reasons: ["they may edit a case about the person"] });
  });

  it("lets a partner in the team around the person see them but not change them", () => {
    expect(decidePersonAccess(actor(partner), person(), agreements, "view").allowed).toBe(true);
    expect(decidePersonAccess(actor(partner), person(), agreements, "edit")).toEqual({
      allowed: false,
      reasons: ["they may edit no case about the person, and the person is not a new record of their organisation"],
    });
  });

  it("hides the person from a partner whose agreement has ended", () => {
    expect(decidePersonAccess(actor(partner), person(), noAgreements, "view").allowed).toBe(false);
  });

  it("lets the organisation that recorded the person see and change them before any case", () => {
    const recorded = person({ recordedByOrganisationId: stranger, cases: [] });
    expect(decidePersonAccess(actor(stranger), recorded, agreements, "view").allowed).toBe(true);
    expect(decidePersonAccess(actor(stranger), recorded, agreements, "edit").allowed).toBe(true);
    expect(decidePersonAccess(actor(lead), recorded, agreements, "view").allowed).toBe(false);
  });

  it("need-to-know: a colleague who is not on the case is refused, and recording a person opens them only until a case exists", () => {
    const colleague: AccessActor = { userId: "user-colleague", organisation: { id: lead }, roles: ["FRONTLINE_WORKER"] };
    expect(decidePersonAccess(colleague, person(), agreements, "view").allowed).toBe(false);
    const recordedThenOpened = person({ recordedByOrganisationId: lead });
    expect(decidePersonAccess(colleague, recordedThenOpened, agreements, "view").allowed).toBe(false);
    expect(decidePersonAccess(colleague, { ...recordedThenOpened, cases: [] }, agreements, "view").allowed).toBe(true);
    // A case the organisation may not see leaves the person its own record.
    expect(decidePersonAccess(actor(stranger), person({ recordedByOrganisationId: stranger }), agreements, "view").allowed).toBe(true);
  });

  it("refuses an uninvolved organisation, a partnership admin, and changes by a locality lead", () => {
    expect(decidePersonAccess(actor(stranger), person(), agreements, "view")).toEqual({
      allowed: false,
      reasons: ["they may see no case about the person, and the person is not a new record of their organisation"],
    });
    expect(decidePersonAccess(actor(lead, ["PARTNERSHIP_ADMIN"]), person(), agreements, "view")).toEqual({ allowed: false, reasons: ["partnership admins do not see case content"] });
    expect(decidePersonAccess(actor(lead, ["LOCALITY_LEAD"]), person(), agreements, "view").allowed).toBe(true);
    expect(decidePersonAccess(actor(lead, ["LOCALITY_LEAD"]), person(), agreements, "edit")).toEqual({ allowed: false, reasons: ["only frontline workers change people's records"] });
  });
});
