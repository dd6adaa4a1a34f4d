// `npm run bench:ledger`: builds synthetic data at 10k, 100k and 1M cases (with proportionate
// spend and outcomes) in the PostgreSQL database of $DATABASE_URL — emptied first, so give it one
// whose name says bench, e.g. `createdb -h 127.0.0.1 -U postgres gt_ledger_bench` — checks the
// ledger summaries and budget totals against a recount, and times the partnership's and a
// locality's ledger figures against the floor at each size.
// Options: --sizes=10000,100000 (default 10000,100000,1000000), --runs=200, --measure-only (time
// the data already loaded, without emptying the database).
import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ledgerSummaryMismatchesSql } from "@/lib/ledger/summary-recount";
import { arg, benchDatabaseUrl, emptyBenchDatabase, log } from "../bench-database";
import { measure, type Timing } from "./measure";
import { addCases, benchNow, createReferenceData } from "./synthetic-data";

const url = benchDatabaseUrl("gt_ledger_bench", "bench:ledger");
const sizes = (arg("sizes") ?? "10000,100000,1000000").split(",").map(Number);
const runs = Number(arg("runs") ?? 200);
const batch = 50_000;
const measureOnly = process.argv.includes("--measure-only");
const pool = new pg.Pool({ connectionString: url, max: 10 });

async function resetDatabase() {
  await emptyBenchDatabase(pool, url);
}

async function growTo(from: number, to: number) {
  const client = await pool.connect();
  try {
    for (let done = from; done < to; done += batch) {
      await client.query("BEGIN");
      await addCases(client, Math.min(batch, to - done));
      await client.query("COMMIT");
    }
    // What autovacuum does on a live server (this machine's runs with it off).
    await client.query("VACUUM ANALYZE");
  } finally {
    client.release();
  }
}

async function verify(): Promise<number> {
  const started = performance.now();
  const { rows } = await pool.query(ledgerSummaryMismatchesSql);
  if (rows.length > 0) {
    console.error(rows.slice(0, 10));
    throw new Error("The ledger summaries differ from a recount of the rows");
  }
  return performance.now() - started;
}

const results: { cases: number; place: string; lib: Timing; floor: Timing }[] = [];

try {
  if (!measureOnly) {
    log(`Resetting ${new URL(url).pathname.slice(1)} and applying migrations`);
    await resetDatabase();
    await createReferenceData(pool as unknown as pg.Client);
  }
  const admin = (await pool.query<{ id: string; organisationId: string }>(`SELECT id::text, "organisationId"::text FROM "User" LIMIT 1`)).rows[0];
  const actor: Actor = { userId: admin.id, name: "Bench Admin", email: "admin@bench.goldenthread.test", organisation: { id: admin.organisationId, name: "Bench", type: "LOCAL_AUTHORITY" }, roles: ["PARTNERSHIP_ADMIN"], scopes: [] };
  let cases = measureOnly ? (await pool.query(`SELECT count(*)::int AS n FROM "SharedCase"`)).rows[0].n : 0;
  for (const size of measureOnly ? [cases] : sizes) {
    log(`Adding cases ${cases + 1} to ${size}`);
    const started = performance.now();
    await growTo(cases, size);
    cases = size;
    const counts = (await pool.query(`SELECT (SELECT count(*) FROM "BudgetSpend")::int AS spend, (SELECT count(*) FROM "Outcome")::int AS outcomes, (SELECT count(*) FROM "BenefitCredit")::int AS credits`)).rows[0];
    log(`Loaded in ${((performance.now() - started) / 1000).toFixed(1)} s (${counts.spend} spend entries, ${counts.outcomes} outcomes, ${counts.credits} credits); checking against a recount`);
    log(`Summaries match the recount (${((await verify()) / 1000).toFixed(1)} s); timing ${runs} runs of each`);
    for (const [place, target] of [["partnership", {}], ["locality", { locality: "bench-locality-1" }]] as const) {
      const timing = await measure({ pool, actor, target, now: benchNow, runs, warmUp: 20 });
      results.push({ cases: size, place, ...timing });
      log(`${size.toLocaleString("en-GB")} cases, ${place}: lib p50 ${timing.lib.p50.toFixed(2)} ms p95 ${timing.lib.p95.toFixed(2)} ms; floor p50 ${timing.floor.p50.toFixed(2)} ms p95 ${timing.floor.p95.toFixed(2)} ms`);
    }
  }
  console.log("\nLedger figures (12-month period; partnership of 10 localities × 7 neighbourhoods, and one locality):\n");
  console.table(
    results.map((r) => ({
      cases: r.cases.toLocaleString("en-GB"),
      place: r.place,
      "lib p50 (ms)": r.lib.p50.toFixed(2),
      "lib p95 (ms)": r.lib.p95.toFixed(2),
      "floor p50 (ms)": r.floor.p50.toFixed(2),
      "floor p95 (ms)": r.floor.p95.toFixed(2),
      "p95 lib / floor": (r.lib.p95 / r.floor.p95).toFixed(2),
    })),
  );
  for (const place of ["partnership", "locality"]) {
    const mine = results.filter((r) => r.place === place);
    if (mine.length > 1) console.log(`Growth of ${place} lib p95 from ${mine[0].cases.toLocaleString("en-GB")} to ${mine.at(-1)?.cases.toLocaleString("en-GB")} cases: ${((mine.at(-1) as (typeof mine)[number]).lib.p95 / mine[0].lib.p95).toFixed(2)}×`);
  }
} finally {
  await db.$disconnect();
  await pool.end();
}
process.exit(0);
