// The demo's restricted records: two on the Manchester demo worker's caseload that her team leader
// is not on (the first also restricts its person, for the search journey), each with a reason.
import { describe, expect, it } from "vitest";
import { buildDemoDataset } from "../../prisma/seed/build-demo-dataset";
import { demoEmails } from "../../prisma/seed/demo-accounts";

const dataset = buildDemoDataset({ seed: 2014, now: new Date(Date.UTC(2026, 10, 30)), passwordHash: "x" });

describe("demo restricted records", () => {
  it("restrict two of worker.manchester's open cases her team leader is not on, and a few more, each with a reason", () => {
    const worker = dataset.user.find((u) => u.email === demoEmails.workerManchester)!;
    const teamLead = dataset.user.find((u) => u.email === demoEmails.teamLeadManchester)!;
    const restricted = dataset.sharedCase.filter((c) => c.restrictedAt);
    const hers = restricted.filter((c) => c.leadProfessionalId === worker.id && c.status !== "CLOSED");
    expect(hers.length).toBeGreaterThanOrEqual(2);
    expect(hers.every((c) => !dataset.caseWorker.some((w) => w.caseId === c.id && w.userId === teamLead.id))).toBe(true);
    // In the neighbourhood her team leader works in and supervises, so the team leader sees them redacted.
    const n01 = dataset.neighbourhood.find((n) => n.code === "MAN-N01")!;
    expect(hers.every((c) => c.neighbourhoodId === n01.id)).toBe(true);
    expect(restricted.length).toBeGreaterThanOrEqual(4);
    expect(restricted.every((c) => String(c.restrictedReason ?? "").length >= 10)).toBe(true);
    expect(dataset.person.filter((p) => p.restrictedAt).length).toBe(1);
  });
});
