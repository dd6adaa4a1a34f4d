// Need-to-know inside an organisation, as a pure rule: each ground lets a user in with its own
// reason, and nothing else does.
import { describe, expect, it } from "vitest";
import { decideNeedToKnow, noStanding, type CasePeople, type WorkerStanding } from "@/lib/access/need-to-know";

const me = "00000000-0000-4000-8000-000000000001";
const colleague = "00000000-0000-4000-8000-000000000002";
const facts: CasePeople = { neighbourhoodId: "n-1", leadProfessionalId: colleague, namedWorkerIds: [colleague], leadOfferedToIds: [] };
const worker = { userId: me, roles: ["FRONTLINE_WORKER"] as const };
const supervisor = { userId: me, roles: ["FRONTLINE_WORKER", "SUPERVISOR"] as const };
const team = (neighbourhoodId: string) => ({ id: "t-1", name: "North Team", neighbourhoodId, neighbourhoodName: "North" });
const supervises = (scope: Partial<WorkerStanding["supervises"][number]>): WorkerStanding => ({
  ...noStanding,
  supervises: [{ teamId: "t-2", teamName: "South Team", neighbourhoodId: "n-2", neighbourhoodName: "South", members: [], ...scope }],
});

describe("need-to-know inside an organisation", () => {
  it("a worker who is on none of the grounds is refused, with the reason", () => {
    const decision = decideNeedToKnow(worker, facts, noStanding);
    expect(decision.allowed).toBe(false);
    expect(decision.reason).toMatch(/not on the case/);
  });

  it("the lead professional, a named worker and a worker offered the lead are on the case", () => {
    expect(decideNeedToKnow(worker, { ...facts, leadProfessionalId: me }, noStanding)).toMatchObject({ allowed: true, ground: "on-case", toYou: "You are the case's lead professional." });
    expect(decideNeedToKnow(worker, { ...facts, namedWorkerIds: [me] }, noStanding)).toMatchObject({ allowed: true, ground: "on-case" });
    expect(decideNeedToKnow(worker, { ...facts, leadOfferedToIds: [me] }, noStanding)).toMatchObject({ allowed: true, ground: "on-case" });
  });

  it("a worker in a team of the case's neighbourhood sees it; a team of another neighbourhood does not", () => {
    expect(decideNeedToKnow(worker, facts, { ...noStanding, teams: [team("n-1")] })).toMatchObject({
      allowed: true,
      ground: "team",
      toYou: "You are a member of North Team, the co-located team serving North.",
    });
    expect(decideNeedToKnow(worker, facts, { ...noStanding, teams: [team("n-9")] }).allowed).toBe(false);
  });

  it("a locality lead in a team still sees case detail only where on the case", () => {
    const lead = { userId: me, roles: ["LOCALITY_LEAD"] as const };
    expect(decideNeedToKnow(lead, facts, { ...noStanding, teams: [team("n-1")] }).allowed).toBe(false);
    expect(decideNeedToKnow(lead, { ...facts, namedWorkerIds: [me] }, noStanding).allowed).toBe(true);
  });

  it("a supervisor of the neighbourhood's team, or of someone on the case, sees it; the role alone does not", () => {
    expect(decideNeedToKnow(supervisor, facts, supervises({ neighbourhoodId: "n-1" }))).toMatchObject({ allowed: true, ground: "supervisor" });
    expect(decideNeedToKnow(supervisor, facts, supervises({ members: [{ id: colleague, name: "Sam Colleague" }] }))).toMatchObject({
      allowed: true,
      toYou: "You supervise Sam Colleague, who is on the case, in South Team.",
    });
    expect(decideNeedToKnow(supervisor, facts, supervises({})).allowed).toBe(false);
    // Supervision counts only with the supervisor role held.
    expect(decideNeedToKnow(worker, facts, supervises({ neighbourhoodId: "n-1" })).allowed).toBe(false);
  });

  it("an organisation's wider access lets a role's holders see every case", () => {
    expect(decideNeedToKnow(worker, facts, { ...noStanding, organisationWideRoles: ["FRONTLINE_WORKER"] })).toMatchObject({
      allowed: true,
      ground: "organisation-setting",
      toYou: "Your organisation gives its frontline workers access to all of the organisation's cases.",
    });
  });
});
