// The demo's subject access requests: open requests to the demo officer's organisation about
// people with several cases, one still in time and one overdue.
import { describe, expect, it } from "vitest";
import { isSarOverdue, sarDueOn } from "@/lib/domain/sar-due-date";
import { buildDemoDataset } from "@/prisma/seed/build-demo-dataset";
import { demoEmails } from "@/prisma/seed/demo-accounts";

const now = new Date(Date.UTC(2026, 10, 30, 12));
const dataset = buildDemoDataset({ seed: 2014, now, passwordHash: "x", caseCount: 3000 });

describe("the demo subject access requests", () => {
  it("are open requests to the officer's organisation about people with several cases", () => {
    const officer = dataset.user.find((u) => u.email === demoEmails.dataProtectionOfficer);
    expect(officer).toBeDefined();
    expect(dataset.roleAssignment.filter((r) => r.userId === officer?.id).map((r) => r.role)).toEqual(["DATA_PROTECTION_OFFICER"]);
    expect(dataset.subjectAccessRequest).toHaveLength(2);
    for (const request of dataset.subjectAccessRequest) {
      expect(request).toMatchObject({ organisationId: officer?.organisationId, loggedById: officer?.id });
      expect(dataset.sharedCase.filter((c) => c.personId === request.personId).length).toBeGreaterThanOrEqual(2);
      expect(request.dueOn).toEqual(sarDueOn(request.receivedOn as Date));
    }
    const today = new Date(Date.UTC(2026, 10, 30));
    const overdue = dataset.subjectAccessRequest.map((r) => isSarOverdue({ status: "OPEN", dueOn: r.dueOn as Date, extendedDueOn: null }, today));
    expect(overdue).toEqual([false, true]);
  });
});
