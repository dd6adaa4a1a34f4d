// Set-based inserts for the demo loader: any table's rows (Prisma create-many objects, whose keys
// are the column names) in large chunks, as COPY text where the connection takes it (the
// embedded database in this process), otherwise as one text array per column cast by
// PostgreSQL itself, `INSERT … SELECT … FROM unnest($1::text[], …)`. Column types come from the
// database's catalogue, so a table added to the schema needs nothing here.
import type { SqlSession } from "./sql-session";

export type Column = { name: string; type: string; notNull: boolean; defaultSql: string | null; filledByPrisma?: boolean };

/** The table's columns with their SQL types, as the database declares them. */
export async function columnsOf(client: SqlSession, table: string): Promise<Column[]> {
  const { rows } = await client.query<{ name: string; type: string; notNull: boolean; defaultSql: string | null }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull",
            pg_get_expr(d.adbin, d.adrelid) AS "defaultSql"
     FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY a.attnum`,
    [`"${table}"`],
  );
  if (rows.length === 0) throw new Error(`Demo data: no table "${table}"`);
  // Prisma fills @updatedAt itself (it has no default in the database): do as createMany would.
  return rows.map((c) => (c.name === "updatedAt" && c.notNull && !c.defaultSql ? { ...c, defaultSql: "now()", filledByPrisma: true } : c));
}

/** One element of a PostgreSQL array literal, quoted. */
function arrayElement(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** A value in PostgreSQL's text input format (what COPY would send). */
export function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.map(arrayElement).join(",")}}`;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Columns given by at least one row; a column no row gives is left to its default. */
function givenColumns(columns: readonly Column[], rows: readonly Record<string, unknown>[], table: string): Column[] {
  const known = new Set(columns.map((c) => c.name));
  const given = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) if (row[key] !== undefined) given.add(key);
  for (const key of given) if (!known.has(key)) throw new Error(`Demo data: "${table}" has no column "${key}"`);
  return columns.filter((c) => given.has(c.name) || c.filledByPrisma);
}

/**
 * The statement for one chunk. A NOT NULL column with a default that a row leaves out takes the
 * default (as Prisma's createMany would); nullable columns take what the row says.
 */
function insertSql(table: string, columns: readonly Column[]): string {
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  const values = columns
    .map((c, i) => {
      const cast = `u.c${i}::${c.type}`;
      return c.notNull && c.defaultSql ? `coalesce(${cast}, ${c.defaultSql})` : cast;
    })
    .join(", ");
  const arrays = columns.map((_, i) => `$${i + 1}::text[]`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`).join(", ");
  return `INSERT INTO "${table}" (${names}) SELECT ${values} FROM unnest(${arrays}) AS u(${aliases})`;
}

const copySpecial = /[\\\t\n\r]/;
const copyEscapes: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** A value as a field of COPY's text format. */
function copyField(value: unknown): string {
  const text = asText(value);
  if (text === null) return "\\N";
  return copySpecial.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => copyEscapes[c]) : text;
}

/**
 * The rows as COPY text. Only a NOT NULL column with a default may be left out by some rows;
 * COPY cannot take a default per row, so such rows go through the INSERT path instead.
 */
function copyable(columns: readonly Column[], rows: readonly Record<string, unknown>[]): boolean {
  return columns.every((c) => !(c.notNull && c.defaultSql) || rows.every((row) => row[c.name] !== undefined && row[c.name] !== null));
}

/** Inserts the rows in chunks; returns how many were written. */
export async function bulkInsert(
  client: SqlSession,
  table: string,
  rows: readonly Record<string, unknown>[],
  options: { chunkRows?: number; columns?: Column[] } = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = givenColumns(options.columns ?? (await columnsOf(client, table)), rows, table);
  const chunkRows = options.chunkRows ?? 10_000;
  const copy = client.copyText && copyable(columns, rows) ? client.copyText : null;
  const sql = insertSql(table, columns);
  let written = 0;
  for (let start = 0; start < rows.length; start += chunkRows) {
    const chunk = rows.slice(start, start + chunkRows);
    if (copy) {
      let text = "";
      for (const row of chunk) text += `${columns.map((c) => copyField(row[c.name])).join("\t")}\n`;
      await copy(table, columns.map((c) => c.name), text);
      written += chunk.length;
    } else {
      const params = columns.map((c) => chunk.map((row) => asText(row[c.name])));
      written += (await client.query(sql, params)).rowCount;
    }
  }
  return written;
}
