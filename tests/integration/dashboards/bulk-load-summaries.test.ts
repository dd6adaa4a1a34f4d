// The demo loader's bulk path (prisma/seed): one transaction that sets keys, indexes and
// triggers aside, writes every table set-based, works the dashboard summaries out in memory and
// puts the schema back. Proved here on a small demo (the shape, not the volume) in a database of
// its own: the summaries equal the SQL recount and the triggers' own rebuild, the schema comes
// back exactly, every row's references hold, the triggers keep working for later writes, and a
// load that fails half-way leaves nothing behind.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recountSettingsSql, summaryMismatchesSql } from "@/lib/dashboards/summary-recount";
import { DEMO_CASE_COUNT } from "@/prisma/seed/cases";
import { buildDemoDataset } from "@/prisma/seed/build-demo-dataset";
import { hasAnyData, loadDemoData } from "@/prisma/seed/load-demo-data";
import { insertDemoDataset } from "@/prisma/seed/insert-demo-dataset";
import { useIsolatedDatabase } from "./isolated-database";

useIsolatedDatabase("bulk_load");

const now = new Date("2026-11-20T00:00:00Z");
let client: pg.Client;

async function rows<T extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]> {
  return (await client.query<T>(sql, params)).rows;
}

async function mismatches() {
  await client.query("BEGIN");
  await client.query(recountSettingsSql);
  const found = await rows(summaryMismatchesSql);
  await client.query("COMMIT");
  return found;
}

// What a schema is made of, as definitions: a bulk load must leave every one as it found it.
const schemaSql = `
  SELECT 'index ' || indexname || ': ' || indexdef AS d FROM pg_indexes WHERE schemaname = 'public'
  UNION ALL SELECT 'constraint ' || conrelid::regclass::text || '.' || conname || ': ' || pg_get_constraintdef(oid) || ' valid=' || convalidated
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace
  UNION ALL SELECT 'trigger ' || tgname || ': ' || pg_get_triggerdef(oid) || ' enabled=' || tgenabled::text
    FROM pg_trigger WHERE NOT tgisinternal
  ORDER BY 1`;

let schemaBefore: string[] = [];
const summaryTables = `SELECT 'm' AS t, to_jsonb(m) AS r FROM "DashboardMonth" m
  UNION ALL SELECT 'a', to_jsonb(a) FROM "DashboardOpenActionMonth" a
  UNION ALL SELECT 'd', to_jsonb(d) FROM "DashboardOpenActionDay" d ORDER BY 1, 2`;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  schemaBefore = (await rows<{ d: string }>(schemaSql)).map((r) => r.d);
}, 120_000);

afterAll(async () => {
  await client?.end();
});

describe("the demo loader's bulk path", () => {
  it("leaves nothing behind when it fails half-way, so the database still reads as empty", async () => {
    const dataset = buildDemoDataset({ seed: 7, now, passwordHash: "not-a-real-hash", caseCount: 60 });
    // A note pointing at a case that does not exist: found when the foreign keys are put back,
    // after every table has been written.
    dataset.caseNote.push({ ...dataset.caseNote[0], id: "00000000-0000-4000-8000-000000000001", caseId: "00000000-0000-4000-8000-000000000002" });
    const session = { query: async (sql: string, params?: unknown[]) => { const r = await client.query(sql, params); return { rows: r.rows, rowCount: r.rowCount ?? 0 }; }, end: async () => {} };
    await expect(insertDemoDataset(session, dataset, () => {})).rejects.toThrow(/foreign key/);
    expect(await hasAnyData(process.env.DATABASE_URL as string)).toBe(false);
    expect((await rows<{ n: number }>(`SELECT count(*)::int AS n FROM "SharedCase"`))[0].n).toBe(0);
    expect((await rows<{ d: string }>(schemaSql)).map((r) => r.d)).toEqual(schemaBefore);
  }, 180_000);

  it("loads the demo, whose summaries equal the recount and the triggers' own rebuild", async () => {
    const progress: string[] = [];
    const counts = await loadDemoData(process.env.DATABASE_URL as string, { now, caseCount: 500, log: (m) => progress.push(m) });
    expect(counts.SharedCase).toBe(500);
    expect(progress.some((m) => /^CaseNote: [\d,]+ rows in [\d.]+ s \(\d+% of/.test(m))).toBe(true);
    expect(progress.some((m) => /Dashboard summaries: [\d,]+ rows/.test(m))).toBe(true);
    expect((await rows<{ n: number }>(`SELECT count(*)::int AS n FROM "DashboardMonth"`))[0].n).toBeGreaterThan(500);
    expect(await mismatches()).toEqual([]);

    const inMemory = await rows(summaryTables);
    await client.query("SELECT dash_rebuild_summaries()");
    expect(await rows(summaryTables)).toEqual(inMemory);
  }, 300_000);

  it("puts back every index, key, foreign key and trigger exactly as the migrations made them", async () => {
    expect((await rows<{ d: string }>(schemaSql)).map((r) => r.d)).toEqual(schemaBefore);
  });

  it("leaves no row pointing at a row that does not exist", async () => {
    // Foreign keys re-added after the load were checked then; convalidated says they all were.
    const unchecked = await rows(`SELECT conname FROM pg_constraint WHERE contype = 'f' AND NOT convalidated`);
    expect(unchecked).toEqual([]);
  });

  it("gives every person loaded the name variants person search matches by", async () => {
    const [people] = await rows<{ all: number; without: number }>(
      `SELECT count(*)::int AS all, count(*) FILTER (WHERE "nameVariants" IS DISTINCT FROM gt_name_variants("searchName"))::int AS without FROM "Person"`,
    );
    expect(people.all).toBeGreaterThan(0);
    expect(people.without).toBe(0);
  });

  it("moves every sequence past the numbers it loaded, so the next case or barrier gets a new one", async () => {
    const serials = await rows<{ t: string; c: string }>(
      `SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
    );
    expect(serials.map((s) => `${s.t}.${s.c}`)).toEqual(expect.arrayContaining(["SharedCase.number", "Barrier.number"]));
    for (const { t, c } of serials) {
      const [{ behind }] = await rows<{ behind: boolean }>(
        `SELECT COALESCE((SELECT MAX("${c}") FROM "${t}"), 0) >= (SELECT last_value FROM ${await sequenceOf(t, c)}) + 1 AS behind`,
      );
      expect({ serial: `${t}.${c}`, behind }).toEqual({ serial: `${t}.${c}`, behind: false });
    }
  });

  it("keeps the summaries right through later writes, by the triggers it put back", async () => {
    const [open] = await rows<{ id: string }>(`SELECT id FROM "SharedCase" WHERE status <> 'CLOSED' ORDER BY number LIMIT 1`);
    await client.query(`UPDATE "SharedCase" SET status = 'CLOSED', "closedAt" = now(), "closureReason" = 'OTHER' WHERE id = $1`, [open.id]);
    await client.query(`DELETE FROM "CaseTheme" WHERE "caseId" = (SELECT id FROM "SharedCase" ORDER BY number DESC LIMIT 1)`);
    await client.query(`UPDATE "Referral" SET status = 'WITHDRAWN' WHERE status = 'PENDING'`);
    expect(await mismatches()).toEqual([]);
  }, 120_000);

  it("is the demo's volume by default: about 40,000 cases", () => {
    expect(DEMO_CASE_COUNT).toBe(40_000);
  });
});

describe("the demo loader on an embedded database this process serves", () => {
  it("writes by COPY from memory, with the same summaries as the recount", async () => {
    const { freePort, startEmbeddedServer } = await import("../../../scripts/embedded-db");
    const { applyMigrations } = await import("../../../scripts/db/apply-migrations");
    const server = await startEmbeddedServer({ dataDir: "memory://", port: await freePort() });
    const embedded = new pg.Client({ connectionString: server.url });
    try {
      await applyMigrations(server.url);
      const counts = await loadDemoData(server.url, { now, caseCount: 300 });
      expect(counts.SharedCase).toBe(300);
      await embedded.connect();
      const [notes] = (await embedded.query<{ n: number; escaped: number }>(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE body LIKE '%''%')::int AS escaped FROM "CaseNote"`,
      )).rows;
      expect(notes.n).toBe(counts.CaseNote);
      await embedded.query("BEGIN");
      await embedded.query(recountSettingsSql);
      expect((await embedded.query(summaryMismatchesSql)).rows).toEqual([]);
      await embedded.query("COMMIT");
    } finally {
      await embedded.end().catch(() => {});
      await server.stop();
    }
  }, 300_000);
});

async function sequenceOf(table: string, column: string): Promise<string> {
  const [{ name }] = await rows<{ name: string }>(`SELECT pg_get_serial_sequence($1, $2) AS name`, [`"${table}"`, column]);
  return name;
}
