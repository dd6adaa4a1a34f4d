// The barrier figures on the dashboards equal a recount from the Barrier table (and its history
// of escalations), for every place and several periods, months counted in UK time; and the
// published figures follow the small-number rules. A database of its own, so the partnership
// holds only this test's places.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/support/owner-db";
import { readBarrierCounts, readBarrierTrend } from "@/lib/dashboards/barrier-counts";
import { barrierCategories, median } from "@/lib/dashboards/barrier-figures";
import { loadBarrierFigures } from "@/lib/dashboards/load-barrier-figures";
import { addMonths, currentMonth, compareMonths, trendWindow, type Month, type Period } from "@/lib/domain/period";
import type { BarrierCategory, BarrierStatus } from "@/lib/generated/prisma/enums";
import { useIsolatedDatabase } from "../dashboards/isolated-database";

useIsolatedDatabase("barrier_figures");

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
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), pick: <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)] };
}

const day = 86_400_000;
const now = new Date();
type Place = { localityId: string; neighbourhoodId: string | null };
let places: Place[];
let localityIds: string[];
let small: { localityId: string; neighbourhoods: string[] };

async function world() {
  const org = await db.organisation.create({ data: { name: "Figures council", type: "LOCAL_AUTHORITY", status: "ACTIVE" } });
  const user = await db.user.create({ data: { email: "figures@test.goldenthread.org.uk", name: "Figures Worker", organisationId: org.id } });
  const locality = async (code: string, count: number) => {
    const l = await db.locality.create({ data: { code, name: `Locality ${code}`, slug: `locality-${code.toLowerCase()}` } });
    const ns = [];
    for (let i = 1; i <= count; i++) {
      ns.push(await db.neighbourhood.create({ data: { code: `${code}-N${i}`, name: `${code} neighbourhood ${i}`, slug: `${code.toLowerCase()}-n${i}`, localityId: l.id, population: 40_000 } }));
    }
    return { l, ns };
  };
  const a = await locality("FA", 3);
  const b = await locality("FB", 2);
  const c = await locality("FC", 2);
  return { org, user, a, b, c };
}

type Row = { localityId: string; neighbourhoodId: string | null; category: BarrierCategory; status: BarrierStatus; raisedAt: Date; closedAt: Date | null; escalations: Date[] };

function generate(w: Awaited<ReturnType<typeof world>>, count: number): Row[] {
  const rng = random(13);
  const busy = [...w.a.ns.map((n) => ({ localityId: w.a.l.id, neighbourhoodId: n.id })), { localityId: w.a.l.id, neighbourhoodId: null }, ...w.b.ns.map((n) => ({ localityId: w.b.l.id, neighbourhoodId: n.id }))];
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const place = rng.pick(busy);
    // Some on the last evening of a summer month in UTC, which is already the next month in the UK.
    const edge = rng.next() < 0.1;
    const raisedAt = edge ? new Date(Date.UTC(now.getUTCFullYear() - 1, 5, 30, 23, 30)) : new Date(now.getTime() - rng.int(0, 900) * day - rng.int(0, 86_399) * 1000);
    const closing = rng.next();
    const closedAt = closing < 0.55 ? new Date(Math.min(raisedAt.getTime() + rng.int(1, 200) * day + rng.int(0, 86_399) * 1000, now.getTime() - 1000)) : null;
    const status: BarrierStatus = closedAt ? (closing < 0.4 ? "RESOLVED" : "CLOSED_UNRESOLVED") : rng.pick(["RAISED", "ACCEPTED", "IN_ACTION"] as const);
    const escalations = rng.next() < 0.4 ? [new Date(Math.min(raisedAt.getTime() + rng.int(1, 60) * day, now.getTime() - 2000))] : [];
    if (escalations.length && rng.next() < 0.3) escalations.push(new Date(Math.min(escalations[0].getTime() + rng.int(1, 60) * day, now.getTime() - 1500)));
    rows.push({ ...place, category: rng.pick(barrierCategories), status, raisedAt, closedAt, escalations });
  }
  // A locality whose neighbourhoods have a few barriers only: 7 and 3, this month.
  for (const [n, times] of [[w.c.ns[0].id, 7], [w.c.ns[1].id, 3]] as const) {
    for (let i = 0; i < times; i++) rows.push({ localityId: w.c.l.id, neighbourhoodId: n, category: "BUDGET", status: "RAISED", raisedAt: new Date(now.getTime() - 60_000), closedAt: null, escalations: [] });
  }
  return rows;
}

let rows: Row[];

beforeAll(async () => {
  const w = await world();
  rows = generate(w, 400);
  for (const r of rows) {
    await db.barrier.create({
      data: {
        title: "Figure",
        description: "d",
        effect: "e",
        category: r.category,
        localityId: r.localityId,
        neighbourhoodId: r.neighbourhoodId,
        status: r.status,
        escalationLevel: r.escalations.length === 0 ? "NEIGHBOURHOOD" : r.escalations.length === 1 ? "LOCALITY" : "PARTNERSHIP_BOARD",
        raisedById: w.user.id,
        raisedByOrganisationId: w.org.id,
        reviewBy: new Date(),
        raisedAt: r.raisedAt,
        closedAt: r.closedAt,
        events: { create: r.escalations.map((at) => ({ kind: "ESCALATED" as const, actorId: w.user.id, actorOrganisationId: w.org.id, at })) },
      },
    });
  }
  localityIds = [w.a.l.id, w.b.l.id, w.c.l.id];
  places = [
    ...[w.a, w.b, w.c].flatMap(({ l, ns }) => [...ns.map((n) => ({ localityId: l.id, neighbourhoodId: n.id })), { localityId: l.id, neighbourhoodId: null }]),
  ];
  small = { localityId: w.c.l.id, neighbourhoods: w.c.ns.map((n) => n.id) };
}, 300_000);

const inPeriod = (date: Date | null, period: Period) => date !== null && compareMonths(currentMonth(date), period.from) >= 0 && compareMonths(currentMonth(date), period.to) <= 0;

function recount(match: (r: Row) => boolean, period: Period) {
  const mine = rows.filter(match);
  const afterEnd = (date: Date | null) => date === null || compareMonths(currentMonth(date), period.to) > 0;
  const resolved = mine.filter((r) => r.status === "RESOLVED" && inPeriod(r.closedAt, period));
  return {
    raised: mine.filter((r) => inPeriod(r.raisedAt, period)).length,
    open: mine.filter((r) => compareMonths(currentMonth(r.raisedAt), period.to) <= 0 && afterEnd(r.closedAt)).length,
    escalated: mine.filter((r) => r.escalations.some((at) => inPeriod(at, period))).length,
    resolved: resolved.length,
    raisedByCategory: barrierCategories.map((c) => mine.filter((r) => r.category === c && inPeriod(r.raisedAt, period)).length),
    resolveDays: resolved.map((r) => ((r.closedAt as Date).getTime() - r.raisedAt.getTime()) / day).sort((a, b) => a - b),
  };
}

const thisMonth = currentMonth(now);
const periods: Period[] = [
  { from: addMonths(thisMonth, -11), to: thisMonth },
  { from: addMonths(thisMonth, -23), to: addMonths(thisMonth, -12) },
  { from: addMonths(thisMonth, -17), to: addMonths(thisMonth, -17) },
  { from: currentMonth(new Date(Date.UTC(now.getUTCFullYear() - 1, 6, 15))), to: currentMonth(new Date(Date.UTC(now.getUTCFullYear() - 1, 6, 15))) },
];

describe("barrier figures equal a recount from the barrier table", () => {
  it.each(periods.map((p) => [`${p.from} to ${p.to}`, p] as const))("counts per place for %s", async (_, period) => {
    const counted = await readBarrierCounts(period, null);
    for (const place of places) {
      const read = counted.find((c) => c.localityId === place.localityId && c.neighbourhoodId === place.neighbourhoodId);
      const expected = recount((r) => r.localityId === place.localityId && r.neighbourhoodId === place.neighbourhoodId, period);
      const got = read
        ? { raised: read.raised, open: read.open, escalated: read.escalated, resolved: read.resolved, raisedByCategory: read.raisedByCategory, resolveDays: [...read.resolveDays].sort((a, b) => a - b) }
        : recount(() => false, period);
      expect({ ...got, resolveDays: got.resolveDays.map((d) => d.toFixed(6)) }).toEqual({ ...expected, resolveDays: expected.resolveDays.map((d) => d.toFixed(6)) });
    }
  });

  it("the monthly trend equals a recount, months in UK time", async () => {
    const period = periods[0];
    const months = trendWindow(period);
    const place = places[0];
    const trend = await readBarrierTrend(months, place);
    const mine = rows.filter((r) => r.neighbourhoodId === place.neighbourhoodId);
    expect(trend).toEqual(
      months.map((m: Month) => ({
        month: m,
        raised: mine.filter((r) => currentMonth(r.raisedAt) === m).length,
        resolved: mine.filter((r) => r.status === "RESOLVED" && r.closedAt && currentMonth(r.closedAt) === m).length,
      })),
    );
    expect(trend.reduce((n, t) => n + t.raised, 0)).toBeGreaterThan(0);
  });

  it("every published figure is the recount or hidden, and a count of 1 to 4 is always hidden", async () => {
    const period = periods[0];
    const targets = [
      { id: "partnership", level: "partnership" as const, localityId: null, match: () => true },
      ...localityIds.map((id) => ({ id, level: "locality" as const, localityId: null, match: (r: Row) => r.localityId === id })),
      ...places.filter((p) => p.neighbourhoodId).map((p) => ({ id: p.neighbourhoodId as string, level: "neighbourhood" as const, localityId: p.localityId, match: (r: Row) => r.neighbourhoodId === p.neighbourhoodId })),
    ];
    for (const target of targets) {
      const figures = await loadBarrierFigures(target, period);
      const expected = recount(target.match, period);
      for (const measure of ["raised", "open", "escalated", "resolved"] as const) {
        const shown = figures[measure];
        if (shown.value !== null) expect(shown.value, `${target.level} ${measure}`).toBe(expected[measure]);
        if (expected[measure] >= 1 && expected[measure] <= 4) expect(shown.display, `${target.level} ${measure}`).toBe("<5");
      }
      figures.byCategory.forEach((c, i) => {
        if (c.value.value !== null) expect(c.value.value).toBe(expected.raisedByCategory[i]);
        if (expected.raisedByCategory[i] >= 1 && expected.raisedByCategory[i] <= 4) expect(c.value.display).toBe("<5");
      });
      if (figures.medianDaysToResolve.value !== null) {
        expect(expected.resolveDays.length).toBeGreaterThanOrEqual(5);
        expect(figures.medianDaysToResolve.display).toBe(`${Math.round(median(expected.resolveDays) as number)} days`);
      }
    }
  });

  it("a count that would give a hidden one away is hidden too, the same on every page", async () => {
    const period = periods[0];
    // This month: 7 in the first neighbourhood, 3 in the second, 10 in the locality.
    const [first, second] = small.neighbourhoods;
    const secondPage = await loadBarrierFigures({ id: second, level: "neighbourhood", localityId: small.localityId }, period);
    const firstPage = await loadBarrierFigures({ id: first, level: "neighbourhood", localityId: small.localityId }, period);
    expect(recount((r) => r.neighbourhoodId === first, period).raised).toBe(7);
    expect(secondPage.raised.display).toBe("<5");
    // 10 − 7 = 3 would reveal the second neighbourhood: the 7 is hidden as well.
    expect(firstPage.raised.display).toBe("[c]");
    const localityPage = await loadBarrierFigures({ id: small.localityId, level: "locality", localityId: null }, period);
    expect(localityPage.raised.value).toBe(10);
  });
});
