// The one connection the demo loader works through: node-postgres for any server, or — when
// this process itself hosts the embedded PGlite database — PGlite directly, which can take rows
// as COPY text from memory (about twice as fast there as set-based INSERTs through the socket).
// PGlite has a single session, so the loader's transaction is the database's only one.
import pg from "pg";
import { hostedEmbeddedDatabase } from "@/scripts/embedded-db";

export interface SqlSession {
  query<T extends Record<string, unknown> = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[]; rowCount: number }>;
  /** Writes rows given in COPY's text format, where this connection can; otherwise absent. */
  copyText?: (table: string, columns: readonly string[], text: string) => Promise<void>;
  end(): Promise<void>;
}

export async function openSession(url: string): Promise<SqlSession> {
  const embedded = hostedEmbeddedDatabase(url);
  if (embedded) {
    return {
      async query<T>(sql: string, params: unknown[] = []) {
        const result = await embedded.query<T>(sql, params);
        return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
      },
      async copyText(table, columns, text) {
        const names = columns.map((c) => `"${c}"`).join(", ");
        await embedded.query(`COPY "${table}" (${names}) FROM '/dev/blob'`, [], { blob: new Blob([text]) });
      },
      async end() {},
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
    },
    end: () => client.end(),
  };
}
