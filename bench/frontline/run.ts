// `npm run bench:frontline`: builds the frontline data set at 10k, 100k and 1M cases (≈3 people
// per case) in the PostgreSQL database of $DATABASE_URL (emptied first, so give it one made for
// this, e.g. `createdb -h 127.0.0.1 -U postgres gt_frontline_bench`), and times person search by
// name, NHS number and postcode, My work and a case page through the lib against the bare-SQL
// floor at each size.
// A real server is required: millions of people on the embedded PGlite would measure PGlite.
// Options: --sizes=10000,100000 (default 10000,100000,1000000), --runs=200.
import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { arg, benchDatabaseUrl, emptyBenchDatabase, log } from "../bench-database";
import { lookups, measureLookup, type LookupTimings, type Sample } from "./measure";
import { measureCasePage, measureMyWork } from "./pages";
import { addBatch, createWorld, peoplePerCase } from "./synthetic-data";

const url = benchDatabaseUrl("gt_frontline_bench", "bench:frontline");
const sizes = (arg("sizes") ?? "10000,100000,1000000").split(",").map(Number);
const runs = Number(arg("runs") ?? 200);
const batchCases = 10_000;

const pool = new pg.Pool({ connectionString: url, max: 4 });

async function resetDatabase() {
  await emptyBenchDatabase(pool, url);
  await pool.query(`CREATE TABLE bench_nhs_number ("personId" uuid PRIMARY KEY, number text NOT NULL)`);
}

/** People the timed worker's organisation may see, drawn at random (seeded), with what a worker would type. */
async function samplesFor(organisationId: string, count: number): Promise<Sample[]> {
  const client = await pool.connect();
  try {
    await client.query("SELECT setseed(0.15)");
    const { rows } = await client.query<Sample>(
      `SELECT p.id AS "personId", p."givenName", p."familyName", p.postcode, n.number AS "nhsNumber"
       FROM (SELECT DISTINCT "personId" FROM "CaseAccess" WHERE "organisationId" = $1 AND via = 'LEAD') x
       JOIN "Person" p ON p.id = x."personId" LEFT JOIN bench_nhs_number n ON n."personId" = p.id
       ORDER BY random() LIMIT $2`,
      [organisationId, count],
    );
    return rows;
  } finally {
    client.release();
  }
}

const results: { cases: number; people: number; visible: number; load: number; timings: Record<string, LookupTimings> }[] = [];

try {
  log(`Resetting ${new URL(url).pathname.slice(1)} and applying migrations`);
  await resetDatabase();
  const setup = await pool.connect();
  const world = await createWorld(setup).finally(() => setup.release());
  // The timed worker: of the organisation that leads the most cases (a large council).
  const heaviest = world.leadWeights.indexOf(Math.max(...world.leadWeights));
  const organisationId = world.organisationIds[heaviest];
  // Its workers see every case it may see (the organisation's wider-access setting, as a
  // safeguarding hub has): need-to-know then narrows nothing, the heaviest search there is.
  await pool.query(`UPDATE "Organisation" SET "wideAccessRoles" = ARRAY['FRONTLINE_WORKER']::"Role"[] WHERE id = $1`, [organisationId]);
  const actor: Actor = {
    userId: world.workerIds[heaviest][0],
    name: "Frontline worker",
    email: "worker@frontline.bench.test",
    organisation: { id: organisationId, name: "Frontline organisation", type: "LOCAL_AUTHORITY" },
    roles: ["FRONTLINE_WORKER"],
    scopes: [],
  };
  const peopleSoFar: string[] = [];
  let cases = 0;
  for (const size of sizes) {
    log(`Adding cases ${cases + 1} to ${size} and ${(size - cases) * peoplePerCase} people`);
    const started = performance.now();
    const client = await pool.connect();
    try {
      for (let at = cases; at < size; at += batchCases) {
        await client.query("BEGIN");
        await addBatch(client, world, { cases: Math.min(batchCases, size - at), seed: 1000 + at / batchCases, peopleSoFar });
        await client.query("COMMIT");
      }
      // What autovacuum does on a live server (this machine's runs with it off).
      await client.query('VACUUM ANALYZE "Person", "CaseAccess", "SharedCase", "CaseInvolvement", "User"');
      await client.query("ANALYZE");
    } finally {
      client.release();
    }
    const load = performance.now() - started;
    cases = size;
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(DISTINCT "personId")::int AS n FROM "CaseAccess" WHERE "organisationId" = $1`,
      [organisationId],
    );
    log(`Loaded in ${(load / 1000).toFixed(1)} s; the timed worker's organisation sees ${rows[0].n} people on cases; timing ${runs} runs of each`);
    const samples = await samplesFor(organisationId, 200);
    const timings: Record<string, LookupTimings> = {};
    for (const lookup of lookups) {
      timings[lookup.name] = await measureLookup({ pool, actor, samples, lookup, runs, warmUp: 20 });
      const t = timings[lookup.name];
      log(`${size.toLocaleString("en-GB")} cases, ${lookup.name}: lib p50 ${t.lib.p50.toFixed(2)} p95 ${t.lib.p95.toFixed(2)} ms; floor p50 ${t.floor.p50.toFixed(2)} p95 ${t.floor.p95.toFixed(2)} ms; found ${t.found}/${t.tried}`);
    }
    // My work and a case page for the worker with the most open cases of the organisation.
    const { rows: busiest } = await pool.query<{ userId: string }>(
      `SELECT "leadProfessionalId"::text AS "userId" FROM "SharedCase" WHERE "leadOrganisationId" = $1 AND status <> 'CLOSED'
       GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
      [organisationId],
    );
    const worker: Actor = { ...actor, userId: busiest[0]?.userId ?? actor.userId };
    const { rows: theirCases } = await pool.query<{ id: string }>(
      `SELECT id::text FROM "SharedCase" WHERE "leadProfessionalId" = $1 AND status <> 'CLOSED' ORDER BY id LIMIT 50`,
      [worker.userId],
    );
    for (const [name, measure] of [
      ["My work", () => measureMyWork({ pool, actor: worker, runs, warmUp: 20 })],
      ["case page", () => measureCasePage({ pool, actor: worker, caseIds: theirCases.map((c) => c.id), runs, warmUp: 20 })],
    ] as const) {
      if (name === "case page" && theirCases.length === 0) continue;
      const t = await measure();
      timings[name] = { ...t, found: 0, tried: 0 };
      log(`${size.toLocaleString("en-GB")} cases, ${name}: lib p50 ${t.lib.p50.toFixed(2)} p95 ${t.lib.p95.toFixed(2)} ms; floor p50 ${t.floor.p50.toFixed(2)} p95 ${t.floor.p95.toFixed(2)} ms`);
    }
    results.push({ cases: size, people: peopleSoFar.length, visible: rows[0].n, load, timings });
  }
  console.log("\nA worker of the organisation leading the most cases (lib = searchPeople(), getMyWork(), getCaseForView(); floor = the same look-ups as bare SQL without the visibility rule):\n");
  console.table(
    results.flatMap((r) =>
      Object.entries(r.timings).map(([lookup, t]) => ({
        cases: r.cases.toLocaleString("en-GB"),
        people: r.people.toLocaleString("en-GB"),
        lookup,
        "lib p50 (ms)": t.lib.p50.toFixed(2),
        "lib p95 (ms)": t.lib.p95.toFixed(2),
        "floor p50 (ms)": t.floor.p50.toFixed(2),
        "floor p95 (ms)": t.floor.p95.toFixed(2),
        "found": t.tried ? `${t.found}/${t.tried}` : "",
      })),
    ),
  );
  const first = results[0];
  const last = results[results.length - 1];
  if (first && last && first !== last) {
    for (const lookup of Object.keys(first.timings)) {
      console.log(`Growth of lib p95 for ${lookup} from ${first.cases.toLocaleString("en-GB")} to ${last.cases.toLocaleString("en-GB")} cases: ${(last.timings[lookup].lib.p95 / first.timings[lookup].lib.p95).toFixed(2)}×`);
    }
  }
} finally {
  await db.$disconnect();
  await pool.end();
}
process.exit(0);
