// What pg_restore does for speed, inside the loader's one transaction: before a bulk load the
// tables' foreign keys, primary and unique keys, indexes and triggers are dropped, and afterwards
// recreated from their own definitions (read from the catalogue, so nothing here knows the
// schema). Building an index once from sorted rows costs far less than keeping it up to date row
// by row; each foreign key is then checked once over the whole table; and the dashboard triggers
// (whose transition tables are filled even while a trigger is disabled) cost nothing during the
// load. The transaction makes it all or nothing: a failed load leaves the schema as it was.
import { asText } from "./bulk-insert";
import type { SqlSession } from "./sql-session";

type Definition = { table: string; name: string; sql: string };

export type Suspended = {
  foreignKeys: Definition[];
  keys: Definition[];
  indexes: Definition[];
  triggers: Definition[];
};

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Drops, for the given tables, every foreign key that touches them (theirs and those pointing
 * at them), their primary and unique keys, other indexes and non-internal triggers.
 */
export async function suspendForLoad(client: SqlSession, tables: readonly string[]): Promise<Suspended> {
  const names = [...tables];
  const foreignKeys = await definitions(
    client,
    `SELECT c.conrelid::regclass::text AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS sql
     FROM pg_constraint c
     WHERE c.contype = 'f' AND (c.conrelid::regclass::text = ANY($1::text[]) OR c.confrelid::regclass::text = ANY($1::text[]))
     ORDER BY 1, 2`,
    names,
  );
  const keys = await definitions(
    client,
    `SELECT c.conrelid::regclass::text AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS sql
     FROM pg_constraint c WHERE c.contype IN ('p', 'u') AND c.conrelid::regclass::text = ANY($1::text[]) ORDER BY 1, 2`,
    names,
  );
  const indexes = await definitions(
    client,
    `SELECT i.indrelid::regclass::text AS "table", x.relname AS name, pg_get_indexdef(i.indexrelid) AS sql
     FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid
     WHERE i.indrelid::regclass::text = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u'))
     ORDER BY 1, 2`,
    names,
  );
  const triggers = await definitions(
    client,
    `SELECT t.tgrelid::regclass::text AS "table", t.tgname AS name, pg_get_triggerdef(t.oid) AS sql
     FROM pg_trigger t WHERE NOT t.tgisinternal AND t.tgrelid::regclass::text = ANY($1::text[]) ORDER BY 1, 2`,
    names,
  );
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${quoted(fk.name)}`);
  for (const key of keys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quoted(key.name)}`);
  for (const index of indexes) await client.query(`DROP INDEX ${quoted(index.name)}`);
  for (const trigger of triggers) await client.query(`DROP TRIGGER ${quoted(trigger.name)} ON ${trigger.table}`);
  return { foreignKeys, keys, indexes, triggers };
}

/** Recreates what was dropped: keys, then indexes, then foreign keys (each checked), then triggers. */
export async function restoreAfterLoad(client: SqlSession, suspended: Suspended, log: (step: string) => void = () => {}) {
  let started = performance.now();
  for (const key of suspended.keys) {
    await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${quoted(key.name)} ${key.sql}`);
  }
  for (const index of suspended.indexes) await client.query(index.sql);
  log(`${suspended.keys.length} keys and ${suspended.indexes.length} indexes built in ${elapsed(started)}`);
  started = performance.now();
  for (const fk of suspended.foreignKeys) {
    await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${quoted(fk.name)} ${fk.sql}`);
  }
  for (const trigger of suspended.triggers) await client.query(trigger.sql);
  log(`${suspended.foreignKeys.length} foreign keys checked in ${elapsed(started)}`);
}

async function definitions(client: SqlSession, sql: string, tables: string[]): Promise<Definition[]> {
  // regclass::text quotes mixed-case names ("SharedCase"), as the list given here must be.
  return (await client.query<Definition>(sql, [asText(tables.map(quoted))])).rows;
}

export function elapsed(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}
