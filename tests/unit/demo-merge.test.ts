// The merge demo: a duplicate pair on the Manchester demo worker's open cases (one organisation,
// a case each), and a person only Bolton Council holds for the Manchester worker to collide with.
import { describe, expect, it } from "vitest";
import { buildDemoDataset } from "../../prisma/seed/build-demo-dataset";
import { demoEmails } from "../../prisma/seed/demo-accounts";
import { mergeDemo } from "../../prisma/seed/merge-demo";

const dataset = buildDemoDataset({ seed: 2014, now: new Date(Date.UTC(2026, 10, 30)), passwordHash: "x" });
const named = (who: { givenName: string; familyName: string; dateOfBirth: Date }) =>
  dataset.person.filter((p) => p.givenName === who.givenName && p.familyName === who.familyName && new Date(p.dateOfBirth as Date).getTime() === who.dateOfBirth.getTime());

describe("the merge demo", () => {
  it("has one person recorded twice, each record with an open case of the Manchester demo worker", () => {
    const worker = dataset.user.find((u) => u.email === demoEmails.workerManchester)!;
    const pair = named(mergeDemo.duplicate);
    expect(pair).toHaveLength(2);
    for (const p of pair) {
      const cases = dataset.sharedCase.filter((c) => c.personId === p.id);
      expect(cases).toHaveLength(1);
      expect(cases[0].leadProfessionalId).toBe(worker.id);
      expect(cases[0].status).not.toBe("CLOSED");
    }
  });

  it("has a person only a Bolton Council case is about", () => {
    const worker = dataset.user.find((u) => u.email === demoEmails.workerBolton)!;
    const [held, ...others] = named(mergeDemo.heldElsewhere);
    expect(others).toEqual([]);
    expect(dataset.sharedCase.filter((c) => c.personId === held.id).map((c) => c.leadProfessionalId)).toEqual([worker.id]);
  });
});
