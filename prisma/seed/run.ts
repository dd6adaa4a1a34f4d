// `npm run db:seed [-- --reset]`: loads the demo data into $DATABASE_URL, or into the embedded
// database. Leaves a database that already has data alone unless --reset is given, and resets
// only a database that looks like a development one (reset-guard.ts).
import pg from "pg";
import { applyMigrations } from "@/scripts/db/apply-migrations";
import { withDatabase } from "@/scripts/embedded-db";
import { demoEmailDomain } from "./demo-accounts";
import { hasAnyData, loadDemoData } from "./load-demo-data";
import { resetRefusals, type DatabaseFacts } from "./reset-guard";

const reset = process.argv.includes("--reset");

async function factsOf(client: pg.Client, url: string | null): Promise<DatabaseFacts> {
  const tables = await client.query<{ users: boolean; cases: boolean }>(
    `SELECT to_regclass('public."User"') IS NOT NULL AS users, to_regclass('public."SharedCase"') IS NOT NULL AS cases`,
  );
  const outside = `%${demoEmailDomain}`;
  const users = tables.rows[0].users
    ? (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "User" WHERE email NOT LIKE $1`, [outside])).rows[0].n
    : 0;
  const cases = tables.rows[0].cases
    ? (
        await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "SharedCase" c JOIN "User" u ON u.id = c."createdById" WHERE u.email NOT LIKE $1`,
          [outside],
        )
      ).rows[0].n
    : 0;
  return { url, nodeEnv: process.env.NODE_ENV, usersOutsideDemo: users, casesNotFromDemo: cases };
}

async function resetSchema(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const refusals = resetRefusals(await factsOf(client, process.env.DATABASE_URL ?? null));
    if (refusals.length) {
      console.error("Not resetting: this does not look like a development database:");
      for (const reason of refusals) console.error(`  - ${reason}`);
      console.error("Nothing was changed. To start again anyway, drop and recreate the database yourself.");
      return false;
    }
    console.log("Resetting: dropping and recreating the public schema.");
    await client.query("DROP SCHEMA public CASCADE");
    await client.query("CREATE SCHEMA public");
    return true;
  } finally {
    await client.end();
  }
}

const ok = await withDatabase(async (url) => {
  const started = performance.now();
  if (reset && !(await resetSchema(url))) return false;
  const applied = await applyMigrations(url);
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
  if (!reset && (await hasAnyData(url))) {
    console.log("The database already has data; nothing loaded. Run with --reset to replace it with the demo data.");
    return true;
  }
  const counts = await loadDemoData(url, { log: (message) => console.log(`  ${message}`) });
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  console.table(counts);
  console.log(`Loaded ${total.toLocaleString("en-GB")} rows of demo data in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return true;
});
// The pg pool would keep the process alive for a while after the work is done.
process.exit(ok ? 0 : 1);
