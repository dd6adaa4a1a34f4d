// Fresh, migrated databases for the test suites: on the PostgreSQL server of $DATABASE_URL when
// it is set (a new database per run), otherwise on an in-memory embedded PGlite server.
import pg from "pg";
import { applyMigrations } from "../../scripts/db/apply-migrations";
import { freePort, startEmbeddedServer } from "../../scripts/embedded-db";

export type TestDatabase = { url: string; drop: () => Promise<void> };

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
  return { url: server.url, drop: server.stop };
}

/**
 * A new empty, migrated database: on a server, `name` plus this process's id, so two test runs
 * on one server never drop each other's database; the embedded server ignores the name.
 */
export async function createTestDatabase(name: string): Promise<TestDatabase> {
  const unique = `${name}_${process.pid}`;
  const database = process.env.DATABASE_URL ? await onServer(process.env.DATABASE_URL, unique) : await embedded();
  await applyMigrations(database.url);
  return database;
}
