// `npm run bench:sessions`: what a server-side session costs each request. With 20,000 sessions
// (of 1,000 users) in the table, times, alternately run after run, (a) the check every page makes
// — read the session row with its user, organisation and roles, no write (last seen is written at
// most once a minute), (b) the same check when it does write last seen, and (c) the floor: the
// user read alone, which is what a stateless JWT session cost before. Needs a PostgreSQL database
// whose name says bench (it is emptied), e.g. `createdb -h 127.0.0.1 -U postgres gt_bench`.
// Options: --runs=2000.
import pg from "pg";
import { sessionState } from "@/lib/auth/session-state";
import { lastSeenGranularityMs } from "@/lib/auth/session-policy";
import { db } from "@/lib/db";
import { applyMigrations } from "../../scripts/db/apply-migrations";

const url = process.env.DATABASE_URL;
if (!url || !new URL(url).pathname.includes("bench")) {
  console.error("Set DATABASE_URL to a database made for the benchmark (its name must contain bench), e.g.\n" +
    "  createdb -h 127.0.0.1 -U postgres gt_bench\n  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/gt_bench npm run bench:sessions");
  process.exit(1);
}
const runs = Number(process.argv.find((a) => a.startsWith("--runs="))?.split("=")[1] ?? 2000);
const pool = new pg.Pool({ connectionString: url, max: 4 });

await pool.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
await applyMigrations(url);
await pool.query(`INSERT INTO "Organisation" (id, name, type, status, "updatedAt") VALUES ('00000000-0000-4000-8000-000000000001', 'Bench Council', 'LOCAL_AUTHORITY', 'ACTIVE', now())`);
await pool.query(`INSERT INTO "User" (id, email, name, "organisationId", "updatedAt")
  SELECT gen_random_uuid(), 'bench' || i || '@example.org', 'Bench User ' || i, '00000000-0000-4000-8000-000000000001', now() FROM generate_series(1, 1000) i`);
await pool.query(`INSERT INTO "RoleAssignment" ("userId", role) SELECT id, 'FRONTLINE_WORKER' FROM "User"`);
await pool.query(`INSERT INTO "UserSession" ("userId", "idleExpiresAt", "absoluteExpiresAt", "userAgent", "clientAddress", "mfaPassedAt", "userSessionVersion")
  SELECT u.id, now() + interval '30 minutes', now() + interval '12 hours', 'Firefox on Linux', '192.0.2.1', now(), 1 FROM "User" u, generate_series(1, 20)`);
await pool.query(`VACUUM ANALYZE`);
const { rows } = await pool.query<{ id: string; userId: string }>(`SELECT id, "userId" FROM "UserSession" ORDER BY random() LIMIT 200`);

const ms = (started: number) => performance.now() - started;
const samples = { check: [] as number[], checkWithWrite: [] as number[], userOnly: [] as number[] };
for (let i = 0; i < runs + 100; i += 1) {
  const session = rows[i % rows.length];
  const claims = { sessionId: session.id, userId: session.userId };
  let started = performance.now();
  await sessionState(claims, { touch: true });
  const check = ms(started);
  // Make the next read due a write of last seen, as once a minute.
  await pool.query(`UPDATE "UserSession" SET "lastSeenAt" = now() - make_interval(secs => $2::int) WHERE id = $1`, [session.id, lastSeenGranularityMs / 1000 + 1]);
  started = performance.now();
  await sessionState(claims, { touch: true });
  const withWrite = ms(started);
  started = performance.now();
  await db.user.findUnique({ where: { id: session.userId }, select: { id: true, name: true, email: true, deactivatedAt: true, sessionVersion: true, organisation: { select: { id: true, name: true, type: true, status: true } }, roles: { select: { role: true, localityId: true, neighbourhoodId: true } } } });
  const userOnly = ms(started);
  if (i >= 100) {
    samples.check.push(check);
    samples.checkWithWrite.push(withWrite);
    samples.userOnly.push(userOnly);
  }
}

const at = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)];
console.log(`Session check per request, ${runs} runs each, 20,000 sessions in the table (milliseconds):`);
console.table(Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, { p50: +at(values, 0.5).toFixed(2), p95: +at(values, 0.95).toFixed(2) }])));
await pool.end();
await db.$disconnect();
process.exit(0);
