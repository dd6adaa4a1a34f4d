// The barrier policy's responsibility rule in its three forms agree: the decision for one barrier
// (responsibilityFor), the list filter of the barriers a user is responsible for, and the filter
// of the people responsible for one barrier (whom to tell). Checked for every person of the world
// against barriers at every level, in the neighbourhood, another neighbourhood of its locality,
// the whole locality, and another locality.
import { beforeAll, describe, expect, it } from "vitest";
import { responsibilityFor, type BarrierFacts } from "@/lib/access/barrier-policy";
import { loadBarrierResponsibility } from "@/lib/access/barrier-responsibility";
import { barriersInResponsibilityWhere, responsibleRoleAssignmentsWhere } from "@/lib/access/barrier-responsibility-where";
import { db } from "@/tests/support/owner-db";
import type { EscalationLevel } from "@/lib/generated/prisma/enums";
import { uniqueSuffix } from "../../support/factories";
import { barrierWorld, type BarrierWorld } from "./barrier-world";

let w: BarrierWorld;
let barriers: BarrierFacts[];

beforeAll(async () => {
  w = await barrierWorld();
  const sibling = await db.neighbourhood.create({ data: { code: `TS-${uniqueSuffix()}`, name: `Sibling ${uniqueSuffix()}`, slug: `sibling-${uniqueSuffix()}`, localityId: w.locality.id, population: 35_000 } });
  const places = [
    { neighbourhoodId: w.neighbourhood.id, localityId: w.locality.id },
    { neighbourhoodId: sibling.id, localityId: w.locality.id },
    { neighbourhoodId: null, localityId: w.locality.id },
    { neighbourhoodId: w.other.neighbourhood.id, localityId: w.other.locality.id },
  ];
  const levels: EscalationLevel[] = ["NEIGHBOURHOOD", "LOCALITY", "PARTNERSHIP_BOARD"];
  barriers = [];
  for (const place of places) {
    for (const level of levels) {
      if (level === "NEIGHBOURHOOD" && !place.neighbourhoodId) continue;
      const b = await db.barrier.create({
        data: {
          title: `Agreement ${uniqueSuffix()}`,
          description: "d",
          effect: "e",
          category: "RULE",
          ...place,
          escalationLevel: level,
          raisedById: w.people.raiser.userId,
          raisedByOrganisationId: w.people.raiser.organisation.id,
          reviewBy: new Date(),
        },
      });
      barriers.push({ barrierId: b.id, level, status: "RAISED", neighbourhoodId: place.neighbourhoodId, localityId: place.localityId, raisedById: b.raisedById, ownerId: null });
    }
  }
});

describe("barrier responsibility: decision and filters agree", () => {
  it("for every person and every barrier, the list filter holds exactly the barriers the decision says they are responsible for", async () => {
    const mismatches: string[] = [];
    for (const [name, actor] of Object.entries(w.people)) {
      const responsibility = await loadBarrierResponsibility(db, actor.userId);
      const listed = new Set(
        (await db.barrier.findMany({ where: { AND: [barriersInResponsibilityWhere(responsibility), { id: { in: barriers.map((b) => b.barrierId) } }] }, select: { id: true } })).map((b) => b.id),
      );
      for (const b of barriers) {
        const decided = responsibilityFor(responsibility, b).responsible;
        if (decided !== listed.has(b.barrierId)) mismatches.push(`${name} / ${b.level} ${b.neighbourhoodId ? "neighbourhood" : "locality"} ${b.localityId === w.locality.id ? "here" : "elsewhere"}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("for every barrier, the people told are exactly the people the decision makes responsible", async () => {
    const everyone = Object.values(w.people);
    const mismatches: string[] = [];
    for (const b of barriers) {
      const told = new Set(
        (await db.roleAssignment.findMany({ where: { AND: [responsibleRoleAssignmentsWhere(b), { userId: { in: everyone.map((p) => p.userId) } }] }, select: { userId: true } })).map((r) => r.userId),
      );
      for (const person of everyone) {
        const decided = responsibilityFor(await loadBarrierResponsibility(db, person.userId), b).responsible;
        if (decided !== told.has(person.userId)) mismatches.push(`${person.name} / ${b.level}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("some people are responsible for some barriers and not others (the check is not vacuous)", async () => {
    const lead = await loadBarrierResponsibility(db, w.people.localityLead.userId);
    expect(barriers.filter((b) => responsibilityFor(lead, b).responsible).length).toBe(5);
    const teamLead = await loadBarrierResponsibility(db, w.people.teamLeadOfTeam.userId);
    expect(teamLead.teamLeadOf).toEqual([w.neighbourhood.id]);
    expect(barriers.filter((b) => responsibilityFor(teamLead, b).responsible).length).toBe(1);
  });
});
