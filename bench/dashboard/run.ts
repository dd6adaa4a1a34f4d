// `npm run bench:dashboard`: builds synthetic data at 10k, 100k and 1M cases in the PostgreSQL
// database of $DATABASE_URL (emptied first, so give it one made for this, e.g.
// `createdb -h 127.0.0.1 -U postgres gt_bench`), checks the summaries against a recount, and
// times a locality dashboard's figures against the floor at each size.
// A real server is required: a million cases on the embedded PGlite would measure PGlite.
// Options: --sizes=10000,100000 (default 10000,100000,1000000), --runs=200.
import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { recountSettingsSql, summaryMismatchesSql } from "@/lib/dashboards/summary-recount";
import { arg, benchDatabaseUrl, emptyBenchDatabase, log } from "../bench-database";
import { measure, type Timing } from "./measure";
import { addCases, benchNow, createReferenceData } from "./synthetic-data";

const url = benchDatabaseUrl("gt_bench", "bench:dashboard");
const sizes = (arg("sizes") ?? "10000,100000,1000000").split(",").map(Number);
const runs = Number(arg("runs") ?? 200);
const batch = 50_000;

const pool = new pg.Pool({ connectionString: url, max: 10 });

async function resetDatabase() {
  await emptyBenchDatabase(pool, url);
}

async function growTo(from: number, to: number) {
  const client = await pool.connect();
  try {
    for (let start = from + 1; start <= to; start += batch) {
      const end = Math.min(start + batch - 1, to);
      await client.query("BEGIN");
      await addCases(client, start, end);
      await client.query("COMMIT");
    }
    // What autovacuum does on a live server (this machine's runs with it off): clear the row
    // versions the bulk load's upserts left behind and refresh the planner's statistics.
    await client.query('VACUUM ANALYZE "DashboardMonth", "DashboardOpenActionMonth", "DashboardOpenActionDay"');
    await client.query("ANALYZE");
  } finally {
    client.release();
  }
}

async function verify(): Promise<number> {
  const started = performance.now();
  const client = await pool.connect();
  let rows: unknown[];
  try {
    await client.query("BEGIN");
    await client.query(recountSettingsSql);
    rows = (await client.query(summaryMismatchesSql)).rows;
    await client.query("COMMIT");
  } finally {
    client.release();
  }
  if (rows.length > 0) {
    console.error(rows.slice(0, 10));
    throw new Error("The summaries differ from a recount of the cases");
  }
  return performance.now() - started;
}

const actor: Actor = {
  userId: "",
  name: "Bench Lead",
  email: "lead@bench.goldenthread.test",
  organisation: { id: "", name: "Bench organisation 1", type: "LOCAL_AUTHORITY" },
  roles: ["LOCALITY_LEAD"],
  scopes: [],
};

const results: { cases: number; load: number; verify: number; lib: Timing; floor: Timing }[] = [];
const ms = (n: number) => `${n.toFixed(2)} ms`;

try {
  log(`Resetting ${new URL(url).pathname.slice(1)} and applying migrations`);
  await resetDatabase();
  await createReferenceData(pool as unknown as pg.Client);
  const [{ user, locality }] = (
    await pool.query<{ user: string; locality: string }>(
      `SELECT u.id::text AS "user", r."localityId"::text AS "locality" FROM "User" u JOIN "RoleAssignment" r ON r."userId" = u.id`,
    )
  ).rows;
  Object.assign(actor, { userId: user, scopes: [{ role: "LOCALITY_LEAD", localityId: locality, neighbourhoodId: null }] });
  let cases = 0;
  for (const size of sizes) {
    log(`Adding cases ${cases + 1} to ${size}`);
    const started = performance.now();
    await growTo(cases, size);
    const load = performance.now() - started;
    cases = size;
    log(`Loaded in ${(load / 1000).toFixed(1)} s; checking the summaries against a recount`);
    const verified = await verify();
    log(`Summaries match the recount (${(verified / 1000).toFixed(1)} s); timing ${runs} runs of each`);
    const { lib, floor } = await measure({ pool, actor, localitySlug: "bench-locality-1", now: benchNow, runs, warmUp: 20 });
    results.push({ cases: size, load, verify: verified, lib, floor });
    log(`${size.toLocaleString("en-GB")} cases: lib p50 ${ms(lib.p50)} p95 ${ms(lib.p95)}; floor p50 ${ms(floor.p50)} p95 ${ms(floor.p95)}`);
  }
  console.log("\nLocality dashboard figures (one locality of 7 neighbourhoods, 70 in all; 24-month trend):\n");
  console.table(
    results.map((r) => ({
      cases: r.cases.toLocaleString("en-GB"),
      "load (s)": (r.load / 1000).toFixed(1),
      "lib p50 (ms)": r.lib.p50.toFixed(2),
      "lib p95 (ms)": r.lib.p95.toFixed(2),
      "floor p50 (ms)": r.floor.p50.toFixed(2),
      "floor p95 (ms)": r.floor.p95.toFixed(2),
      "p95 lib / floor": (r.lib.p95 / r.floor.p95).toFixed(2),
    })),
  );
  const first = results[0];
  const last = results[results.length - 1];
  if (first && last && first !== last) {
    console.log(`Growth of lib p95 from ${first.cases.toLocaleString("en-GB")} to ${last.cases.toLocaleString("en-GB")} cases: ${(last.lib.p95 / first.lib.p95).toFixed(2)}×`);
  }
} finally {
  await db.$disconnect();
  await pool.end();
}
process.exit(0);
