// What every benchmark that builds its own data shares: the database of $DATABASE_URL (or a
// message saying how to make one), its command-line options, a timestamped log line, and emptying
// the database before a run — only one whose name says bench, unless it holds no cases at all.
import pg from "pg";
import { applyMigrations } from "../scripts/db/apply-migrations";

/** $DATABASE_URL, or the way to make a bench database printed and the process ended. */
export function benchDatabaseUrl(database: string, command: string): string {
  const url = process.env.DATABASE_URL;
  if (url) return url;
  console.error(
    "Set DATABASE_URL to an empty PostgreSQL database made for the benchmark, e.g.\n" +
      `  createdb -h 127.0.0.1 -U postgres ${database}\n` +
      `  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/${database} npm run ${command}`,
  );
  process.exit(1);
}

/** The value of `--name=value` on the command line. */
export const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];

export const log = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

/**
 * Drops and re-migrates the public schema. Refuses a database whose name does not say bench if it
 * holds cases (or, with `benchNameOnly`, whatever it holds).
 */
export async function emptyBenchDatabase(pool: pg.Pool, url: string, options: { benchNameOnly?: boolean } = {}): Promise<void> {
  const { rows } = await pool.query<{ name: string; cases: number }>(
    `SELECT current_database() AS name,
            (SELECT count(*)::int FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'SharedCase') AS cases`,
  );
  if (!rows[0].name.includes("bench") && (options.benchNameOnly || rows[0].cases > 0)) {
    throw new Error(`Refusing to empty "${rows[0].name}": use a database whose name says bench.`);
  }
  await pool.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
  await applyMigrations(url);
}
