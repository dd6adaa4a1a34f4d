// The triggers keep the dashboard summaries equal to a from-scratch recount, whatever series of
// case changes comes through the ordinary Prisma write paths (single and multi-row statements,
// inside and outside transactions).
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/owner-db";
import { recountedCellsSql, recountSettingsSql, summaryMismatchesSql, type SummaryMismatch } from "@/lib/dashboards/summary-recount";
import type { DeclineReason } from "@/lib/generated/prisma/enums";
import {
  actionData,
  createDashboardFixture,
  createFixtureCase,
  outcomeData,
  referralData,
  type DashboardFixture,
} from "./dashboard-fixtures";

// mulberry32: a seeded generator, so a failure can be replayed.
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) };
}

const hour = 3_600_000;
const reasons: (DeclineReason | null)[] = ["NO_CAPACITY", "NOT_ELIGIBLE", "WRONG_SERVICE", null];

async function mismatches(): Promise<SummaryMismatch[]> {
  const [, rows] = await db.$transaction([
    db.$executeRawUnsafe(recountSettingsSql),
    db.$queryRawUnsafe<SummaryMismatch[]>(summaryMismatchesSql),
  ]);
  return rows;
}

type Rng = ReturnType<typeof random>;

async function caseIds(f: DashboardFixture) {
  const rows = await db.sharedCase.findMany({
    where: { neighbourhoodId: { in: f.neighbourhoods.map((n) => n.id) } },
    select: { id: true, openedAt: true },
    orderBy: { id: "asc" },
  });
  return rows;
}

async function randomChange(f: DashboardFixture, rng: Rng, start: Date) {
  const cases = await caseIds(f);
  const pick = <T>(items: T[]) => items[rng.int(0, items.length - 1)];
  const someCase = cases.length ? pick(cases) : null;
  const at = (maxDays: number) => new Date(start.getTime() + rng.int(0, maxDays * 24) * hour);
  const op = cases.length < 4 ? 0 : rng.int(0, 17);
  if (op <= 1 || !someCase) {
    const themes = [0, 1, 2].filter(() => rng.next() < 0.5);
    await createFixtureCase(f, {
      neighbourhood: rng.int(0, f.neighbourhoods.length - 1),
      openedAt: at(800),
      themes,
      firstContactAt: rng.next() < 0.5 ? at(900) : null,
    });
    return;
  }
  const caseId = someCase.id;
  switch (op) {
    case 2: // close, now and then several cases in one statement
      await db.sharedCase.updateMany({
        where: { id: { in: rng.next() < 0.3 ? cases.slice(0, 3).map((c) => c.id) : [caseId] } },
        data: { status: "CLOSED", closedAt: new Date(someCase.openedAt.getTime() + rng.int(1, 2000) * hour) },
      });
      return;
    case 3: // reopen
      await db.sharedCase.update({ where: { id: caseId }, data: { status: "ACTIVE", closedAt: null } });
      return;
    case 4: {
      const themeId = f.themes[rng.int(0, f.themes.length - 1)].id;
      await db.caseTheme.createMany({ data: [{ caseId, themeId }], skipDuplicates: true });
      return;
    }
    case 5:
      await db.caseTheme.deleteMany({ where: { caseId, themeId: f.themes[rng.int(0, f.themes.length - 1)].id } });
      return;
    case 6:
      await db.referral.create({ data: referralData(f, caseId, at(800)) });
      return;
    case 7: {
      const referral = await db.referral.findFirst({ where: { caseId, status: "PENDING" }, select: { id: true, sentAt: true } });
      if (!referral) return;
      const accepted = rng.next() < 0.5;
      await db.referral.update({
        where: { id: referral.id },
        data: accepted
          ? { status: "ACCEPTED", respondedAt: new Date(referral.sentAt.getTime() + rng.int(0, 400) * hour) }
          : { status: "DECLINED", declineReason: pick(reasons), respondedAt: new Date(referral.sentAt.getTime() + rng.int(0, 4000) * hour) },
      });
      return;
    }
    case 8:
      await db.referral.updateMany({ where: { caseId, status: "PENDING" }, data: { status: "WITHDRAWN" } });
      return;
    case 9:
      await db.caseAction.create({ data: actionData(f, caseId, at(900)) });
      return;
    case 10:
      await db.caseAction.updateMany({ where: { caseId }, data: { status: rng.next() < 0.5 ? "DONE" : "IN_PROGRESS" } });
      return;
    case 11:
      await db.outcome.create({ data: outcomeData(f, caseId, rng.int(0, 1), at(900)) });
      return;
    case 12:
      await db.outcome.deleteMany({ where: { caseId } });
      return;
    case 13: // the team around the person grows or an organisation leaves
      if (rng.next() < 0.6) {
        await db.caseInvolvement.createMany({
          data: [{ caseId, organisationId: pick([f.council.id, f.police.id]), role: "SUPPORTING" }],
          skipDuplicates: true,
        });
      } else {
        await db.caseInvolvement.deleteMany({ where: { caseId, organisationId: f.police.id } });
      }
      return;
    case 14: // moves to another neighbourhood, with everything about it
      await db.sharedCase.update({ where: { id: caseId }, data: { neighbourhoodId: pick(f.neighbourhoods).id } });
      return;
    case 15:
      await db.sharedCase.update({ where: { id: caseId }, data: { firstContactAt: rng.next() < 0.8 ? at(900) : null } });
      return;
    case 16: // several changes in one transaction, as a server action makes them
      await db.$transaction(async (tx) => {
        await tx.caseTheme.deleteMany({ where: { caseId } });
        await tx.caseTheme.createMany({ data: f.themes.slice(0, rng.int(1, 3)).map((t) => ({ caseId, themeId: t.id })) });
        await tx.sharedCase.update({ where: { id: caseId }, data: { openedAt: at(700) } });
        await tx.referral.create({ data: { ...referralData(f, caseId, at(800)), status: "DECLINED", respondedAt: at(850) } });
      });
      return;
    default: // erased (retention), children cascade
      await db.sharedCase.delete({ where: { id: caseId } });
  }
}

describe("dashboard summaries kept by triggers", () => {
  it("equal a from-scratch recount after a random series of case changes", async () => {
    const f = await createDashboardFixture({ neighbourhoods: 3, themes: 3 });
    const rng = random(20_260_101);
    const start = new Date(Date.UTC(2024, 0, 1));
    for (let step = 0; step < 160; step += 1) {
      await randomChange(f, rng, start);
      if (step % 40 === 39) expect(await mismatches(), `after step ${step + 1}`).toEqual([]);
    }
    const [{ cells }] = await db.$queryRawUnsafe<{ cells: number }[]>(recountedCellsSql);
    expect(cells).toBeGreaterThan(50);
    expect(await db.dashboardMonth.count({ where: { neighbourhoodId: f.neighbourhoods[0].id } })).toBeGreaterThan(0);
    // 160 writes and four recounts: on a busy 2-core machine this takes longer than the default.
  }, 180_000);

  it("are rebuilt from the rows by dash_rebuild_summaries(), as after a bulk load", async () => {
    const f = await createDashboardFixture({ neighbourhoods: 1 });
    const created = await createFixtureCase(f, { openedAt: new Date(Date.UTC(2025, 2, 3)), themes: [0, 1] });
    await db.outcome.create({ data: outcomeData(f, created.id, 0, new Date(Date.UTC(2025, 4, 1))) });
    await db.$executeRawUnsafe(`SELECT dash_rebuild_summaries()`);
    expect(await mismatches()).toEqual([]);
    const row = await db.dashboardMonth.findFirstOrThrow({
      where: { neighbourhoodId: f.neighbourhoods[0].id, themeKey: f.themes[0].id, month: new Date(Date.UTC(2025, 2, 1)) },
      select: { opened: true },
    });
    expect(row.opened).toBe(1);
  });

  it("are checked by a recount that notices a wrong cell", async () => {
    const f = await createDashboardFixture({ neighbourhoods: 1 });
    await createFixtureCase(f, { openedAt: new Date(Date.UTC(2025, 5, 9)), themes: [2] });
    const where = { neighbourhoodId: f.neighbourhoods[0].id, themeKey: f.themes[2].id, month: new Date(Date.UTC(2025, 5, 1)) };
    await db.dashboardMonth.updateMany({ where, data: { opened: { increment: 1 } } });
    expect(await mismatches()).toContainEqual(
      expect.objectContaining({ neighbourhoodId: where.neighbourhoodId, field: "opened", expected: 1, stored: 2 }),
    );
    await db.dashboardMonth.updateMany({ where, data: { opened: { decrement: 1 } } });
    expect(await mismatches()).toEqual([]);
  });

  it("refuse an UPDATE of a case's themes, which must be deleted and inserted", async () => {
    const f = await createDashboardFixture({ neighbourhoods: 1 });
    const created = await createFixtureCase(f, { openedAt: new Date(), themes: [0] });
    await expect(
      db.caseTheme.update({
        where: { caseId_themeId: { caseId: created.id, themeId: f.themes[0].id } },
        data: { themeId: f.themes[1].id },
      }),
    ).rejects.toThrow(/deleting and inserting/);
  });
});
