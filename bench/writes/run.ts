// `npm run bench:writes`: builds the frontline data set (default 10k cases) in the PostgreSQL
// database of $DATABASE_URL (emptied first: e.g. `createdb -h 127.0.0.1 -U postgres gt_writes_bench`)
// and measures notes per second with 1, 4 and 16 callers two ways, round after round alternately:
// through addNote() — the function the case page's server action calls: idempotency key, access
// decision, note and audit row in one transaction as the actor — and as the floor: the same note
// and its audit row as plain SQL in one transaction, with no access check. Then it checks that no
// note was written without its audit row.
// Options: --cases=10000, --notes=400 (per round and caller count), --rounds=3, --measure-only
// (write into the data set already loaded by an earlier run, without emptying the database).
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { addNote } from "@/lib/cases/add-note";
import { db } from "@/lib/db";
import { arg, benchDatabaseUrl, emptyBenchDatabase, log } from "../bench-database";
import { addBatch, createWorld } from "../frontline/synthetic-data";
import { noteForm, notesPerSecond, type Rate } from "./note-writers";

const url = benchDatabaseUrl("gt_writes_bench", "bench:writes");
const caseCount = Number(arg("cases") ?? 10_000);
const notesPerRound = Number(arg("notes") ?? 400);
const rounds = Number(arg("rounds") ?? 3);
const callerCounts = [1, 4, 16];
const measureOnly = process.argv.includes("--measure-only");
// The same number of connections as the app's client (lib/db/create-client.ts), so the floor
// gets no more of the database than the lib does.
const pool = new pg.Pool({ connectionString: url, max: 10 });

const results: { callers: number; lib: Rate; floor: Rate }[] = [];

try {
  if (!measureOnly) {
    log(`Resetting ${new URL(url).pathname.slice(1)} and applying migrations`);
    await emptyBenchDatabase(pool, url);
    await pool.query(`CREATE TABLE bench_nhs_number ("personId" uuid PRIMARY KEY, number text NOT NULL)`);
  }
  const setup = await pool.connect();
  try {
    if (!measureOnly) {
      const world = await createWorld(setup);
      log(`Adding ${caseCount.toLocaleString("en-GB")} cases`);
      const peopleSoFar: string[] = [];
      for (let at = 0; at < caseCount; at += 10_000) {
        await setup.query("BEGIN");
        await addBatch(setup, world, { cases: Math.min(10_000, caseCount - at), seed: 1000 + at / 10_000, peopleSoFar });
        await setup.query("COMMIT");
      }
      await setup.query("VACUUM ANALYZE");
    }
    // The writer: a worker of the organisation leading the most open cases, on open cases it
    // leads (its wider-access setting puts every one of them in the worker's reach).
    const { rows: heaviest } = await setup.query<{ organisationId: string; userId: string }>(
      `SELECT x.org::text AS "organisationId", (SELECT u.id::text FROM "User" u WHERE u."organisationId" = x.org ORDER BY u.id LIMIT 1) AS "userId"
       FROM (SELECT c."leadOrganisationId" AS org FROM "SharedCase" c WHERE c.status <> 'CLOSED' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1) x`,
    );
    const { organisationId, userId } = heaviest[0];
    await setup.query(`UPDATE "Organisation" SET "wideAccessRoles" = ARRAY['FRONTLINE_WORKER']::"Role"[] WHERE id = $1`, [organisationId]);
    const actor: Actor = {
      userId,
      name: "Frontline worker",
      email: "worker@writes.bench.test",
      organisation: { id: organisationId, name: "Frontline organisation", type: "LOCAL_AUTHORITY" },
      roles: ["FRONTLINE_WORKER"],
      scopes: [],
    };
    const { rows: cases } = await setup.query<{ id: string }>(
      `SELECT c.id FROM "SharedCase" c WHERE c."leadOrganisationId" = $1 AND c.status <> 'CLOSED' ORDER BY c.id LIMIT 200`,
      [organisationId],
    );
    if (cases.length === 0) throw new Error("The writer's organisation leads no open case");
    const caseIds = cases.map((c) => c.id);
    log(`Writing ${notesPerRound} notes a round, ${rounds} rounds each way, on ${caseIds.length} of its open cases`);

    const lib = async (caseId: string) => {
      const result = await addNote(actor, caseId, noteForm(randomUUID()));
      if (!result.ok) throw new Error(`addNote refused: ${JSON.stringify(result)}`);
    };
    const floor = async (caseId: string) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const { rows } = await client.query<{ id: string }>(
          `INSERT INTO "CaseNote" ("caseId", "authorId", "authorOrganisationId", kind, visibility, "occurredAt", body, "clientRequestId")
           VALUES ($1, $2, $3, 'NOTE', 'ALL_INVOLVED', now(), $4, $5) RETURNING id`,
          [caseId, actor.userId, actor.organisation.id, "Called to arrange a home visit; agreed Thursday.", randomUUID()],
        );
        await client.query(
          `INSERT INTO "AuditEvent" ("actorUserId", "actorOrganisationId", "actorRoles", action, outcome, "recordType", "recordId", "caseId", reasons, details)
           VALUES ($1, $2, ARRAY['FRONTLINE_WORKER']::"Role"[], 'note.create', 'ALLOWED', 'CaseNote', $3, $4, ARRAY['bench floor'], '{}')`,
          [actor.userId, actor.organisation.id, rows[0].id, caseId],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    };

    for (const callers of callerCounts) {
      // A warm-up round each way, not counted.
      await notesPerSecond(lib, caseIds, { callers, notes: Math.min(40, notesPerRound) });
      await notesPerSecond(floor, caseIds, { callers, notes: Math.min(40, notesPerRound) });
      const libRates: number[] = [];
      const floorRates: number[] = [];
      for (let round = 0; round < rounds; round += 1) {
        libRates.push((await notesPerSecond(lib, caseIds, { callers, notes: notesPerRound })).perSecond);
        floorRates.push((await notesPerSecond(floor, caseIds, { callers, notes: notesPerRound })).perSecond);
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const result = { callers, lib: { perSecond: median(libRates), rounds: libRates }, floor: { perSecond: median(floorRates), rounds: floorRates } };
      results.push(result);
      log(`${callers} caller(s): addNote ${result.lib.perSecond.toFixed(0)} notes/s; floor ${result.floor.perSecond.toFixed(0)} notes/s`);
    }

    const { rows: orphans } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "CaseNote" n
       WHERE n."createdAt" > now() - interval '1 day'
         AND NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."recordType" = 'CaseNote' AND a."recordId" = n.id::text AND a.outcome = 'ALLOWED')`,
    );
    const { rows: written } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "CaseNote" WHERE "createdAt" > now() - interval '1 day'`);
    console.log(`\nNotes per second (median of ${rounds} rounds of ${notesPerRound} notes; lib = addNote(), floor = the note and its audit row as plain SQL):\n`);
    console.table(
      results.map((r) => ({
        callers: r.callers,
        "addNote (notes/s)": r.lib.perSecond.toFixed(0),
        "floor (notes/s)": r.floor.perSecond.toFixed(0),
        "floor / addNote": (r.floor.perSecond / r.lib.perSecond).toFixed(2),
      })),
    );
    console.log(`Notes written in this run: ${written[0].n}; without their audit row: ${orphans[0].n}`);
    if (orphans[0].n !== 0) process.exitCode = 1;
  } finally {
    setup.release();
  }
} finally {
  await db.$disconnect();
  await pool.end();
}
process.exit(process.exitCode ?? 0);
