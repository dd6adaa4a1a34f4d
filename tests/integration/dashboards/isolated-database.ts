// Gives one test file a database of its own: the dashboards protect figures across every
// locality of the partnership, so hand-checked figures need a partnership holding only the
// test's own places (other test files' localities would take part in the protection).
// On a real server it is a new database there; on the embedded PGlite (which ignores database
// names) a second in-memory embedded server.
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { db } from "@/tests/support/owner-db";
import type { Db } from "@/lib/db/create-client";
import { applyMigrations } from "../../../scripts/db/apply-migrations";
import { freePort, startEmbeddedServer } from "../../../scripts/embedded-db";
import { createTestDatabase } from "../../support/test-database";

const cached = globalThis as unknown as { goldenThreadDb?: Db };

async function isEmbedded(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("SELECT version() AS version");
    return rows[0].version.includes("PGlite");
  } finally {
    await client.end();
  }
}

async function ownDatabase(name: string): Promise<{ url: string; appUrl: string; drop: () => Promise<void> }> {
  const shared = process.env.DATABASE_URL;
  if (shared && !(await isEmbedded(shared))) return createTestDatabase(name);
  const server = await startEmbeddedServer({ dataDir: "memory://", port: await freePort() });
  await applyMigrations(server.url);
  return { url: server.url, appUrl: server.url, drop: server.stop };
}

export function useIsolatedDatabase(name: string) {
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    await cached.goldenThreadDb?.$disconnect();
    delete cached.goldenThreadDb;
    const database = await ownDatabase(`golden_thread_${name}_${process.pid}`);
    drop = database.drop;
    process.env.DATABASE_URL = database.url;
    process.env.APP_DATABASE_URL = database.appUrl;
  }, 120_000);
  afterAll(async () => {
    await db.$disconnect();
    delete cached.goldenThreadDb;
    await drop?.();
  });
}
