// Watching what the app writes: the app's one Prisma client (lib/db.ts) replaced by one that
// reports every statement it sends, so a test can tell that a call wrote nothing (not even a
// write that was rolled back), or only its audit row; and a fingerprint of every table, to prove
// that a database holding only a test's own world did not change.
import { PrismaPg } from "@prisma/adapter-pg";
import { db } from "@/tests/support/owner-db";
import type { Db } from "@/lib/db/create-client";
import { PrismaClient } from "@/lib/generated/prisma/client";

const writeStatement = /^\s*(INSERT|UPDATE|DELETE|MERGE|TRUNCATE|COPY|CREATE|ALTER|DROP)\b/i;
const writingCte = /^\s*WITH\b[\s\S]*\b(INSERT|UPDATE|DELETE)\b/i;
const tableWritten = /^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|MERGE\s+INTO|TRUNCATE(?:\s+TABLE)?)\s+(?:"public"\.)?"([^"]+)"/i;

export type WriteLog = {
  /** Every data-changing statement sent since the last reset, in order. */
  readonly statements: string[];
  /** The tables those statements wrote ("?" when a statement names none Prisma-style). */
  tables(): string[];
  reset(): void;
};

const cached = globalThis as unknown as { goldenThreadDb?: Db };

/** Makes lib/db use a client on $DATABASE_URL that logs every write; call before any query. */
export async function observeWrites(): Promise<WriteLog> {
  await cached.goldenThreadDb?.$disconnect();
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "" }),
    log: [{ emit: "event", level: "query" }],
  });
  const statements: string[] = [];
  client.$on("query", (event) => {
    if (writeStatement.test(event.query) || writingCte.test(event.query)) statements.push(event.query);
  });
  cached.goldenThreadDb = client as unknown as Db;
  return {
    statements,
    tables: () => statements.map((sql) => tableWritten.exec(sql)?.[1] ?? "?"),
    reset: () => {
      statements.length = 0;
    },
  };
}

/** Rows and a digest of their content, per table: any insert, update or delete changes it. */
export async function databaseFingerprint(): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const digests = await db.$queryRawUnsafe<{ name: string; rows: number; digest: string }[]>(
    tables
      .map(
        ({ name }) =>
          `SELECT '${name}' AS name, count(*)::int AS rows, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS digest FROM "public"."${name}" t`,
      )
      .join(" UNION ALL "),
  );
  return Object.fromEntries(digests.map((d) => [d.name, `${d.rows} rows, ${d.digest}`]));
}
