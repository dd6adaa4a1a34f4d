// `npm run bench:barriers`: builds synthetic barriers (with their organisations and escalation
// history) at 1k, 10k and 100k in the PostgreSQL database of $DATABASE_URL (emptied first: give
// it one whose name says bench, e.g. `createdb -h 127.0.0.1 -U postgres gt_bench_barriers`) and
// times what the barrier pages read, through the same lib functions the pages call: the
// partnership log, a locality log filtered to open barriers, the dashboard figures of the
// partnership and of a neighbourhood, "Barriers I own or raised", the board agenda.
// Options: --sizes=1000,10000 (default 1000,10000,100000), --runs=50.
import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { listBarrierLog } from "@/lib/barriers/barrier-log";
import { logScopeFor, partnershipScope } from "@/lib/barriers/barrier-places";
import { getBoardAgenda } from "@/lib/barriers/board-agenda";
import { readLogFilters } from "@/lib/barriers/log-filters";
import { getMyBarriers } from "@/lib/barriers/my-barriers";
import { loadBarrierFigures } from "@/lib/dashboards/load-barrier-figures";
import { db } from "@/lib/db";
import { defaultPeriod } from "@/lib/domain/period";
import { arg, benchDatabaseUrl, emptyBenchDatabase, log } from "../bench-database";
import { benchLocalities, createReferenceData, neighbourhoodsPerLocality } from "../dashboard/synthetic-data";

const url = benchDatabaseUrl("gt_bench_barriers", "bench:barriers");
const sizes = (arg("sizes") ?? "1000,10000,100000").split(",").map(Number);
const runs = Number(arg("runs") ?? 50);
const pool = new pg.Pool({ connectionString: url, max: 4 });

async function resetDatabase() {
  await emptyBenchDatabase(pool, url, { benchNameOnly: true });
}

// A cheap deterministic hash of the row number, different per use (`salt`).
const h = (salt: number) => `((g::bigint * 2654435761 + ${salt * 97_531}) % 1000003)`;

/** Barriers numbered from `from` to `to`: raised over three years, 55% closed, 30% escalated once, 10% twice. */
async function addBarriers(from: number, to: number) {
  const range = `generate_series(${from}, ${to}) AS g`;
  const raised = `(now() - (${h(1)} % (3 * 365 * 24)) * interval '1 hour')`;
  const level = `CASE WHEN ${h(2)} % 10 < 6 THEN 'NEIGHBOURHOOD' WHEN ${h(2)} % 10 < 9 THEN 'LOCALITY' ELSE 'PARTNERSHIP_BOARD' END`;
  await pool.query(`
    WITH rows AS (
      SELECT g, md5('barrier' || g)::uuid AS id, ${raised} AS raised_at, ${level}::"EscalationLevel" AS level,
        1 + ${h(3)} % ${benchLocalities} AS l, 1 + ${h(4)} % ${neighbourhoodsPerLocality} AS n, ${h(5)} % 100 AS fate
      FROM ${range}
    )
    INSERT INTO "Barrier" (id, number, title, description, effect, category, "neighbourhoodId", "localityId", "escalationLevel", status,
      "raisedById", "raisedByOrganisationId", "ownerId", "reviewBy", "raisedAt", "escalatedAt", "closedAt", resolution)
    SELECT id, g, 'Bench barrier ' || g, 'What happens', 'Its effect',
      (ARRAY['RULE','SYSTEM','BUDGET','DATA_SHARING','WORKFORCE','PREMISES','OTHER'])[1 + g % 7]::"BarrierCategory",
      md5('neighbourhood' || l || '-' || n)::uuid, md5('locality' || l)::uuid, level,
      (CASE WHEN fate < 40 THEN 'RESOLVED' WHEN fate < 55 THEN 'CLOSED_UNRESOLVED' WHEN fate < 70 THEN 'RAISED' WHEN fate < 85 THEN 'ACCEPTED' ELSE 'IN_ACTION' END)::"BarrierStatus",
      md5('user')::uuid, md5('organisation1')::uuid, CASE WHEN fate >= 70 OR fate < 55 THEN md5('user')::uuid END,
      (raised_at + interval '42 days')::date, raised_at,
      CASE WHEN level <> 'NEIGHBOURHOOD' THEN least(raised_at + interval '20 days', now()) END,
      CASE WHEN fate < 55 THEN least(raised_at + (10 + g % 150) * interval '1 day', now()) END,
      CASE WHEN fate < 55 THEN 'Agreed' END
    FROM rows;
    INSERT INTO "BarrierOrganisation" ("barrierId", "organisationId")
    SELECT md5('barrier' || g)::uuid, md5('organisation' || (1 + g % 8))::uuid FROM ${range};
    INSERT INTO "BarrierEvent" ("barrierId", kind, "actorId", "actorOrganisationId", at, "toStatus", "toLevel")
    SELECT id, 'RAISED', "raisedById", "raisedByOrganisationId", "raisedAt", 'RAISED', 'NEIGHBOURHOOD' FROM "Barrier" WHERE number BETWEEN ${from} AND ${to};
    INSERT INTO "BarrierEvent" ("barrierId", kind, "actorId", "actorOrganisationId", at, "fromLevel", "toLevel", note)
    SELECT id, 'ESCALATED', "raisedById", "raisedByOrganisationId", "escalatedAt", 'NEIGHBOURHOOD', 'LOCALITY', 'Needs the locality'
    FROM "Barrier" WHERE number BETWEEN ${from} AND ${to} AND "escalatedAt" IS NOT NULL;
    INSERT INTO "BarrierEvent" ("barrierId", kind, "actorId", "actorOrganisationId", at, "fromLevel", "toLevel", note)
    SELECT id, 'ESCALATED', "raisedById", "raisedByOrganisationId", least("escalatedAt" + interval '15 days', now()), 'LOCALITY', 'PARTNERSHIP_BOARD', 'Needs the board'
    FROM "Barrier" WHERE number BETWEEN ${from} AND ${to} AND "escalationLevel" = 'PARTNERSHIP_BOARD';
  `);
  await pool.query(`SELECT setval(pg_get_serial_sequence('"Barrier"', 'number'), ${to})`);
  await pool.query("VACUUM ANALYZE");
}

type Timing = { p50: number; p95: number };
async function time(work: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < 5; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)];
  return { p50: at(0.5), p95: at(0.95) };
}

try {
  log(`Resetting ${new URL(url).pathname.slice(1)} and applying migrations`);
  await resetDatabase();
  await createReferenceData(pool as unknown as pg.Client);
  await pool.query(`INSERT INTO "RoleAssignment" ("userId", role) VALUES (md5('user')::uuid, 'FRONTLINE_WORKER'), (md5('user')::uuid, 'BOARD_MEMBER')`);
  const actor: Actor = {
    userId: (await pool.query<{ id: string }>(`SELECT md5('user')::uuid::text AS id`)).rows[0].id,
    name: "Bench Lead",
    email: "lead@bench.goldenthread.test",
    organisation: { id: (await pool.query<{ id: string }>(`SELECT md5('organisation1')::uuid::text AS id`)).rows[0].id, name: "Bench organisation 1", type: "LOCAL_AUTHORITY" },
    roles: ["FRONTLINE_WORKER", "LOCALITY_LEAD", "BOARD_MEMBER"],
    scopes: [],
  };
  const locality = await logScopeFor("bench-locality-1");
  const neighbourhood = await db.neighbourhood.findFirstOrThrow({ where: { slug: "bench-neighbourhood-1-1" }, select: { id: true, localityId: true } });
  if (!locality) throw new Error("no bench locality");
  const period = defaultPeriod();
  const results: Record<string, string>[] = [];
  let count = 0;
  for (const size of sizes) {
    log(`Adding barriers ${count + 1} to ${size}`);
    await addBarriers(count + 1, size);
    count = size;
    const open = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Barrier" WHERE "escalationLevel" = 'PARTNERSHIP_BOARD' AND status IN ('RAISED','ACCEPTED','IN_ACTION')`);
    log(`${size.toLocaleString("en-GB")} barriers (${open.rows[0].n.toLocaleString("en-GB")} open at the board); timing ${runs} runs of each`);
    const timings: [string, () => Promise<unknown>][] = [
      ["partnership log, page 1", () => listBarrierLog(actor, partnershipScope, readLogFilters({}))],
      ["locality log, open, page 2", () => listBarrierLog(actor, locality, readLogFilters({ status: "open" }), 2)],
      ["figures, partnership", () => loadBarrierFigures({ id: "partnership", level: "partnership", localityId: null }, period)],
      ["figures, neighbourhood", () => loadBarrierFigures({ id: neighbourhood.id, level: "neighbourhood", localityId: neighbourhood.localityId }, period)],
      ["my barriers", () => getMyBarriers(actor)],
      ["board agenda", () => getBoardAgenda(actor)],
    ];
    for (const [name, work] of timings) {
      const t = await time(work);
      results.push({ barriers: size.toLocaleString("en-GB"), read: name, "p50 (ms)": t.p50.toFixed(1), "p95 (ms)": t.p95.toFixed(1) });
      log(`  ${name}: p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms`);
    }
  }
  console.table(results);
} finally {
  await db.$disconnect();
  await pool.end();
}
process.exit(0);
