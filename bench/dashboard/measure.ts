// Times a locality dashboard's figures two ways: through the same lib/dashboards function the
// page calls, and as the floor — the same SQL statements against the summary tables sent
// straight to PostgreSQL, all at once, with nothing done to the rows.
import type pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { loadPlaceDashboard } from "@/lib/dashboards/queries";
import { dashboardReads, themeKeyFor } from "@/lib/dashboards/summary-sql";
import { currentMonth, defaultPeriod, londonToday, trendWindow } from "@/lib/domain/period";

export type Timing = { p50: number; p95: number; mean: number; runs: number };

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), mean: samples.reduce((s, v) => s + v, 0) / samples.length, runs: samples.length };
}

/**
 * Times two pieces of work alternately, run after run, so both meet the same conditions (caches,
 * other processes on the machine) rather than one going first while caches are cold.
 */
export async function timeBoth(runs: number, warmUp: number, first: () => Promise<unknown>, second: () => Promise<unknown>) {
  for (let i = 0; i < warmUp; i += 1) {
    await first();
    await second();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    let started = performance.now();
    await first();
    a.push(performance.now() - started);
    started = performance.now();
    await second();
    b.push(performance.now() - started);
  }
  return [summarise(a), summarise(b)] as const;
}

/** The statements behind the locality's figures, with the parameters the lib would use. */
export function floorStatements(localitySlug: string, now: Date) {
  const period = defaultPeriod(now);
  const reads = dashboardReads({
    themeKey: themeKeyFor(null),
    periodStart: `${period.from}-01`,
    windowStart: `${trendWindow(period)[0]}-01`,
    periodEnd: `${period.to}-01`,
    thisMonthStart: `${currentMonth(now)}-01`,
    today: londonToday(now),
    localitySlugs: [localitySlug],
  });
  // Prisma.Sql holds the same statement with $n placeholders (.text) and its values.
  return Object.values(reads).map((sql) => ({ text: sql.text, values: sql.values }));
}

export async function measure(options: {
  pool: pg.Pool;
  actor: Actor;
  localitySlug: string;
  now: Date;
  runs: number;
  warmUp: number;
}): Promise<{ lib: Timing; floor: Timing }> {
  const { pool, actor, localitySlug, now, runs, warmUp } = options;
  const statements = floorStatements(localitySlug, now);
  const [lib, floor] = await timeBoth(
    runs,
    warmUp,
    async () => {
      const dashboard = await loadPlaceDashboard(actor, { locality: localitySlug }, {}, now);
      if (!dashboard) throw new Error("The bench lead cannot see the bench locality");
    },
    () => Promise.all(statements.map((s) => pool.query(s.text, s.values as unknown[]))),
  );
  return { lib, floor };
}
