// Fresh, migrated databases for the test suites: on the PostgreSQL server of $DATABASE_URL when
// it is set (a new database per run), otherwise on an in-memory embedded PGlite server.
import pg from "pg";
import { applyMigrations } from "../../scripts/db/apply-migrations";
import { freePort, startEmbeddedServer } from "../../scripts/embedded-db";

export type TestDatabase = {
  /** The owner's connection (migrations, arranging test data). */
  url: string;
  /** How the app connects: a login role that is only a member of golden_thread_app (row security applies). */
  appUrl: string;
  drop: () => Promise<void>;
};

/** The test login role for the app: trust authentication on test servers, no password. */
export const testAppLogin = "golden_thread_test_web";

async function appLoginUrl(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Roles belong to the server: a parallel run may have made it first.
    await client.query(`DO $$ BEGIN CREATE ROLE ${testAppLogin} LOGIN IN ROLE golden_thread_app; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
  } finally {
    await client.end();
  }
  const parsed = new URL(url);
  parsed.username = testAppLogin;
  parsed.password = "";
  return parsed.toString();
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function onServer(serverUrl: string, name: string): Promise<TestDatabase> {
  const admin = new pg.Client({ connectionString: withDatabaseName(serverUrl, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: withDatabaseName(serverUrl, name),
    appUrl: "",
    async drop() {
      const again = new pg.Client({ connectionString: withDatabaseName(serverUrl, "postgres") });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await again.end();
    },
  };
}

async function embedded(): Promise<TestDatabase> {
  const server = await startEmbeddedServer({ dataDir: "memory://", port: await freePort() });
  return { url: server.url, appUrl: server.url, drop: server.stop };
}

/**
 * A new empty, migrated database: on a server, `name` plus this process's id, so two test runs
 * on one server never drop each other's database; the embedded server ignores the name.
 */
export async function createTestDatabase(name: string): Promise<TestDatabase> {
  const unique = `${name}_${process.pid}`;
  const database = process.env.DATABASE_URL ? await onServer(process.env.DATABASE_URL, unique) : await embedded();
  await applyMigrations(database.url);
  // The embedded server has one (superuser) session for all: there the app takes its role per transaction only.
  return process.env.DATABASE_URL ? { ...database, appUrl: await appLoginUrl(database.url) } : database;
}
