// A small data set whose dashboard figures are worked out by hand in
// place-dashboard-figures.test.ts. "Now" is 15 March 2026, so the default period is April 2025
// to March 2026 and the trend window April 2024 to March 2026.
//
// Neighbourhood A (50,000 residents):
//   6 cases opened 10 Jan 2024 (before the window), theme 1, still open;
//   8 cases opened 10 Jun 2025, theme 1 (the first 3 also theme 2), first contact after
//     2, 3, 3, 5, 10, 30, 50 and 100 hours; each with 2 organisations involved; the first 3
//     closed 5 Sep 2025;
//   10 referrals sent 1 Jul 2025: 6 accepted after 10 hours, 3 declined after 30 hours
//     (2 no capacity, 1 not eligible), 1 waiting;
//   actions: 5 open due 1 Feb 2026 (overdue), 2 open due 1 Apr 2026, 1 done due 1 Dec 2025;
//   outcomes: 6 of type 1 on 15 Oct 2025, 2 of type 2 on 15 Nov 2025.
// Neighbourhood B (25,000 residents):
//   12 cases opened 12 May 2025, theme 3, 5 of them closed 20 Jan 2026; 1 case opened
//   12 May 2025, theme 1.
import { db } from "@/tests/support/owner-db";
import { actionData, createDashboardFixture, createFixtureCase, outcomeData, referralData, type DashboardFixture } from "./dashboard-fixtures";

export const handCheckedNow = new Date("2026-03-15T12:00:00Z");

const hours = (from: Date, h: number) => new Date(from.getTime() + h * 3_600_000);

async function cases(f: DashboardFixture, count: number, options: Parameters<typeof createFixtureCase>[1]) {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) ids.push((await createFixtureCase(f, options)).id);
  return ids;
}

export async function createHandCheckedData() {
  const f = await createDashboardFixture({ neighbourhoods: 2, themes: 3, populations: [50_000, 25_000] });

  await cases(f, 6, { neighbourhood: 0, openedAt: new Date("2024-01-10T10:00:00Z"), themes: [0] });
  const june = new Date("2025-06-10T09:00:00Z");
  const firstContactHours = [2, 3, 3, 5, 10, 30, 50, 100];
  const juneCases: string[] = [];
  for (const [i, h] of firstContactHours.entries()) {
    const created = await createFixtureCase(f, { neighbourhood: 0, openedAt: june, themes: i < 3 ? [0, 1] : [0], firstContactAt: hours(june, h) });
    juneCases.push(created.id);
  }
  await db.caseInvolvement.createMany({
    data: juneCases.flatMap((caseId) => [
      { caseId, organisationId: f.council.id, role: "LEAD" as const },
      { caseId, organisationId: f.police.id, role: "SUPPORTING" as const },
    ]),
  });
  await db.sharedCase.updateMany({
    where: { id: { in: juneCases.slice(0, 3) } },
    data: { status: "CLOSED", closedAt: new Date("2025-09-05T12:00:00Z"), closureReason: "OUTCOMES_ACHIEVED" },
  });

  const sent = new Date("2025-07-01T09:00:00Z");
  const answers = [
    ...Array.from({ length: 6 }, () => ({ status: "ACCEPTED" as const, respondedAt: hours(sent, 10), declineReason: null })),
    { status: "DECLINED" as const, respondedAt: hours(sent, 30), declineReason: "NO_CAPACITY" as const },
    { status: "DECLINED" as const, respondedAt: hours(sent, 30), declineReason: "NO_CAPACITY" as const },
    { status: "DECLINED" as const, respondedAt: hours(sent, 30), declineReason: "NOT_ELIGIBLE" as const },
    { status: "PENDING" as const, respondedAt: null, declineReason: null },
  ];
  await db.referral.createMany({
    data: answers.map((answer, i) => ({ ...referralData(f, juneCases[i % juneCases.length], sent), ...answer })),
  });

  await db.caseAction.createMany({
    data: [
      ...Array.from({ length: 5 }, (_, i) => actionData(f, juneCases[i], new Date("2026-02-01"))),
      ...Array.from({ length: 2 }, (_, i) => actionData(f, juneCases[i], new Date("2026-04-01"))),
      { ...actionData(f, juneCases[7], new Date("2025-12-01")), status: "DONE" as const },
    ],
  });
  await db.outcome.createMany({
    data: [
      ...Array.from({ length: 6 }, (_, i) => outcomeData(f, juneCases[i], 0, new Date("2025-10-15"))),
      ...Array.from({ length: 2 }, (_, i) => outcomeData(f, juneCases[i], 1, new Date("2025-11-15"))),
    ],
  });

  const may = new Date("2025-05-12T11:00:00Z");
  const bCases = await cases(f, 12, { neighbourhood: 1, openedAt: may, themes: [2] });
  await cases(f, 1, { neighbourhood: 1, openedAt: may, themes: [0] });
  await db.sharedCase.updateMany({
    where: { id: { in: bCases.slice(0, 5) } },
    data: { status: "CLOSED", closedAt: new Date("2026-01-20T12:00:00Z"), closureReason: "NEEDS_MET_ELSEWHERE" },
  });
  return f;
}
