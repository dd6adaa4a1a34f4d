// The demo households: families whose members have relationships, and a few with several cases
// (the person and household pages need them), without losing or duplicating anyone.
import { describe, expect, it } from "vitest";
import { buildDemoDataset } from "../../prisma/seed/build-demo-dataset";
import { demoEmails } from "../../prisma/seed/demo-accounts";

const dataset = buildDemoDataset({ seed: 2014, now: new Date(Date.UTC(2026, 10, 30)), passwordHash: "x" });

describe("demo households", () => {
  it("give every member a relationship, one householder each", () => {
    const members = dataset.person.filter((p) => p.householdId);
    expect(members.length).toBeGreaterThan(1000);
    expect(members.filter((p) => !p.householdRelationship)).toEqual([]);
    const householders = new Map<string, number>();
    for (const p of members) if (p.householdRelationship === "HOUSEHOLDER") householders.set(String(p.householdId), (householders.get(String(p.householdId)) ?? 0) + 1);
    expect([...householders.values()].every((n) => n === 1)).toBe(true);
  });

  it("include at least three households of the Manchester demo worker's cases with several cases about different members", () => {
    const worker = dataset.user.find((u) => u.email === demoEmails.workerManchester)!;
    const byHousehold = new Map<string, typeof dataset.sharedCase>();
    for (const c of dataset.sharedCase) if (c.householdId) byHousehold.set(String(c.householdId), [...(byHousehold.get(String(c.householdId)) ?? []), c]);
    const several = [...byHousehold.values()].filter((cs) => cs.length >= 2 && new Set(cs.map((c) => c.personId)).size >= 2 && cs.some((c) => c.leadProfessionalId === worker.id));
    expect(several.length).toBeGreaterThanOrEqual(3);
  });

  it("keep every case's subject, in the case's household when it has one", () => {
    const people = new Map(dataset.person.map((p) => [p.id, p]));
    expect(dataset.sharedCase.filter((c) => !people.has(c.personId))).toEqual([]);
    expect(dataset.sharedCase.filter((c) => c.householdId && people.get(c.personId)?.householdId !== c.householdId)).toEqual([]);
  });
});
