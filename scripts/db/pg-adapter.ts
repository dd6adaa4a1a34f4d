// A Prisma pg adapter for the schema engine, with two workarounds for @prisma/adapter-pg 7.10:
// - it splits migration scripts on every ";", which breaks dollar-quoted function bodies, so
//   scripts are sent whole (one simple-protocol query, which PostgreSQL runs atomically);
// - it cannot read Postgres's internal "char" type (OID 18) met during introspection, so such
//   columns are reported as text (OID 25).
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import pg from "pg";

type Query = (...args: unknown[]) => unknown;

function reportCharAsText(client: pg.PoolClient): void {
  const original = client.query.bind(client) as Query;
  const patched: Query = (...args) => {
    const result = original(...args);
    if (!(result instanceof Promise)) return result;
    return result.then((r: pg.QueryResult) => {
      for (const field of r?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
      return r;
    });
  };
  Object.assign(client, { query: patched });
}

type ErrorMapping = { onError(error: unknown): never };

function sendScriptsWhole(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      (adapter as unknown as ErrorMapping).onError(error);
    }
  };
  return adapter;
}

class WholeScriptPg extends PrismaPg {
  constructor(private readonly pool: pg.Pool) {
    super(pool);
  }

  override async connect() {
    const adapter = await super.connect();
    sendScriptsWhole(adapter, this.pool);
    return adapter;
  }
}

/** An adapter factory for the schema engine, and a `close` that ends its pool. */
export function migrationAdapter(connectionString: string) {
  const pool = new pg.Pool({ connectionString, max: 2 });
  pool.on("connect", reportCharAsText);
  return { factory: new WholeScriptPg(pool), close: () => pool.end().catch(() => {}) };
}
