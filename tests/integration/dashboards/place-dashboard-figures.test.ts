// The place dashboards' figures on a hand-checked data set (hand-checked-data.ts), in a
// database of their own so no other test's places take part.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/tests/support/owner-db";
import type { PlaceDashboard } from "@/lib/dashboards/dashboard-types";
import { loadPlaceDashboard } from "@/lib/dashboards/queries";
import { createHandCheckedData, handCheckedNow } from "./hand-checked-data";
import { useIsolatedDatabase } from "./isolated-database";
import type { DashboardFixture } from "./dashboard-fixtures";

useIsolatedDatabase("dashboard_figures");

let f: DashboardFixture;
let lead: Actor;

beforeAll(async () => {
  f = await createHandCheckedData();
  await db.roleAssignment.create({ data: { userId: f.worker.id, role: "LOCALITY_LEAD", localityId: f.locality.id } });
  lead = {
    userId: f.worker.id,
    name: "Lead",
    email: "lead@test",
    organisation: { id: f.council.id, name: f.council.name, type: f.council.type },
    roles: ["LOCALITY_LEAD"],
    scopes: [{ role: "LOCALITY_LEAD", localityId: f.locality.id, neighbourhoodId: null }],
  };
}, 120_000);

const shown = (d: PlaceDashboard) => Object.fromEntries(Object.entries(d.figures).map(([k, v]) => [k, v.display]));

async function localityPage(query = {}) {
  const d = await loadPlaceDashboard(lead, { locality: f.locality.slug }, query, handCheckedNow);
  if (!d) throw new Error("no dashboard");
  return d;
}

async function neighbourhoodPage(i: number, query = {}) {
  const d = await loadPlaceDashboard(lead, { locality: f.locality.slug, neighbourhood: f.neighbourhoods[i].slug }, query, handCheckedNow);
  if (!d) throw new Error("no dashboard");
  return d;
}

describe("[locality lead] locality dashboard figures (hand-checked)", () => {
  it("match the hand count for the default period (the last 12 months)", async () => {
    const d = await localityPage();
    expect(d.filters.period).toEqual({ from: "2025-04", to: "2026-03" });
    expect(shown(d)).toEqual({
      openCases: "19",
      newCases: "21",
      closedCases: "8",
      newPer1000: "0.3",
      openPer1000: "0.3",
      organisationsPerCase: "0.8",
      referralsSent: "10",
      referralsAccepted: "6",
      referralsDeclined: "<5",
      referralsUnanswered: "<5",
      acceptanceRate: "[c]",
      medianResponse: "11 hours",
      actionsOverdue: "5",
      outcomesAchieved: "8",
      medianFirstContact: "8 hours",
    });
  });

  it("count cases by theme (new in the period, open at its end) and pairs of themes", async () => {
    const d = await localityPage();
    const themes = Object.fromEntries((d.themeBreakdown ?? []).map((r) => [r.label.split(" ")[2], [r.value.display, r.second?.display]]));
    expect(themes).toEqual({ "1": ["9", "12"], "2": ["<5", "0"], "3": ["12", "7"] });
    expect(d.themePairs?.map((p) => p.value.display)).toEqual(["<5"]);
  });

  it("show the monthly trend over the months of the chosen period, no earlier", async () => {
    const d = await localityPage();
    expect(d.trend).toHaveLength(12);
    expect(d.trend[0].month).toBe(d.filters.period.from);
    expect(d.trend[11].month).toBe(d.filters.period.to);
    const byMonth = Object.fromEntries(d.trend.map((t) => [t.month, t.newCases.display]));
    expect(byMonth["2025-05"]).toBe("13");
    expect(byMonth["2025-06"]).toBe("8");
    expect(byMonth["2024-04"]).toBeUndefined();
    const short = await localityPage({ from: "2025-05", to: "2025-07" });
    expect(short.trend.map((t) => t.month)).toEqual(["2025-05", "2025-06", "2025-07"]);
  });

  it("compare the neighbourhoods, with the locality as the total", async () => {
    const d = await localityPage();
    const rows = Object.fromEntries(d.comparison?.rows.map((r) => [r.place.name.split(" ")[2], r.figures]) ?? []);
    expect(rows["1"].newCases.display).toBe("8");
    expect(rows["2"].newCases.display).toBe("13");
    expect(rows["1"].newPer1000.display).toBe("0.2");
    expect(rows["2"].newPer1000.display).toBe("0.5");
    expect(d.comparison?.total?.figures.newCases.display).toBe("21");
  });

  it("narrow every figure to one theme when a theme is chosen", async () => {
    const d = await localityPage({ theme: f.themes[2].id });
    expect(d.filters.theme?.id).toBe(f.themes[2].id);
    expect(d.figures.newCases.display).toBe("12");
    expect(d.figures.openCases.display).toBe("7");
    expect(d.figures.referralsSent.display).toBe("0");
    expect(d.themeBreakdown?.find((r) => r.key === f.themes[2].id)?.value.display).toBe("12");
  });

  it("take a chosen period", async () => {
    const d = await localityPage({ from: "2025-06", to: "2025-06" });
    expect(d.figures.newCases.display).toBe("8");
    expect(d.figures.openCases.display).toBe("27");
  });
});

describe("[locality lead] small numbers on the dashboards", () => {
  it("never show a count from 1 to 4 anywhere", async () => {
    const pages = [await localityPage(), await neighbourhoodPage(0), await neighbourhoodPage(1), await localityPage({ theme: f.themes[0].id })];
    const counts = JSON.stringify(pages).match(/"display":"(\d+)"/g) ?? [];
    const small = counts.filter((c) => /"display":"[1-4]"/.test(c));
    expect(small).toEqual([]);
  });

  it("hide a second count where a total would give a hidden one away (theme 1: 8 + <5 = 9)", async () => {
    const a = await neighbourhoodPage(0);
    const b = await neighbourhoodPage(1);
    const locality = await localityPage();
    const theme1 = (d: PlaceDashboard) => d.themeBreakdown?.find((r) => r.key === f.themes[0].id)?.value.display;
    expect(theme1(locality)).toBe("9");
    expect(theme1(b)).toBe("<5");
    expect(theme1(a)).toBe("[c]");
  });

  it("leave no group of counts adding up to a shown total with exactly one hidden count", async () => {
    const d = await localityPage();
    const comparison = d.comparison;
    if (!comparison?.total) throw new Error("no comparison");
    for (const key of ["openCases", "newCases", "closedCases", "referralsSent", "actionsOverdue", "outcomesAchieved"] as const) {
      const cells = [...comparison.rows, comparison.total].map((r) => r.figures[key]);
      expect(cells.filter((c) => c.value === null), key).not.toHaveLength(1);
    }
    const outcomeCells = [d.figures.outcomesAchieved, ...(d.outcomeTypes ?? []).map((r) => r.value)];
    expect(outcomeCells.filter((c) => c.value === null)).not.toHaveLength(1);
  });

  it("show a neighbourhood's figure the same way on its own page and on its locality's", async () => {
    const locality = await localityPage();
    for (const [i, row] of (locality.comparison?.rows ?? []).entries()) {
      const own = await neighbourhoodPage(i);
      expect(own.place.id).toBe(row.place.id);
      expect(own.figures).toEqual(row.figures);
    }
  });

  it("agree with a direct count of the cases for what is shown", async () => {
    const [{ count }] = await db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "SharedCase" c JOIN "Neighbourhood" n ON n.id = c."neighbourhoodId"
      WHERE n."localityId" = ${f.locality.id}::uuid AND c."openedAt" >= '2025-04-01' AND c."openedAt" < '2026-04-01'`;
    expect((await localityPage()).figures.newCases.value).toBe(count);
  });
});

describe("[locality lead] CSV exports of the dashboard tables", () => {
  const query = { from: "2025-04", to: "2026-03" };

  it("hold what the page shows, protected, and are audited", async () => {
    const { exportDashboardTable } = await import("@/lib/dashboards/export-table");
    const exported = await exportDashboardTable(lead, { locality: f.locality.slug }, "themes", query, "192.0.2.10");
    expect(exported?.filename).toBe(`golden-thread-${f.locality.slug}-themes-2025-04-to-2026-03.csv`);
    const lines = exported?.csv.replace(/^\uFEFF/, "").trim().split("\r\n") ?? [];
    expect(lines[0]).toBe("Theme,New cases,Open cases at the end of the period");
    expect(lines).toContain(`${f.themes[1].name},<5,0`);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "dashboard.export", actorUserId: lead.userId },
      orderBy: { id: "desc" },
    });
    expect(audit.recordId).toBe(f.locality.id);
    expect(audit.ipAddress).toBe("192.0.2.10");
    expect(audit.details).toMatchObject({ table: "themes", from: "2025-04", to: "2026-03", rows: 3 });
  });

  it("export every table of a neighbourhood's page, none with a count from 1 to 4", async () => {
    const { exportDashboardTable } = await import("@/lib/dashboards/export-table");
    const { dashboardTables } = await import("@/lib/dashboards/dashboard-csv");
    for (const table of dashboardTables) {
      const exported = await exportDashboardTable(lead, { locality: f.locality.slug, neighbourhood: f.neighbourhoods[0].slug }, table, query, null);
      if (table === "comparison") {
        expect(exported, table).toBeNull();
        continue;
      }
      const cells = exported?.csv.split(/[\r\n,]+/) ?? [];
      expect(cells.filter((c) => /^[1-4]$/.test(c)), table).toEqual([]);
    }
  });

  it("give nothing, and write nothing, for a place the actor may not see or a table that does not exist", async () => {
    const { exportDashboardTable } = await import("@/lib/dashboards/export-table");
    const before = await db.auditEvent.count({ where: { action: "dashboard.export" } });
    expect(await exportDashboardTable(lead, {}, "figures", query, null)).toBeNull();
    expect(await exportDashboardTable(lead, { locality: "somewhere-else" }, "figures", query, null)).toBeNull();
    expect(await exportDashboardTable(lead, { locality: f.locality.slug }, "people", query, null)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "dashboard.export" } })).toBe(before);
  });
});
