// Writes the demo dataset in one transaction, table by table in the dataset's order (parents
// before children), with set-based inserts (bulk-insert.ts) while indexes, keys and triggers are
// set aside (suspend-for-load.ts); then fills the dashboard summaries in one pass. All or
// nothing: a load that fails or is stopped half-way leaves the database as empty as it was, so
// `npm run dev` never mistakes a half-loaded database for a loaded one.
import { summaryRowsFor } from "@/lib/dashboards/summary-rows";
import type { DemoDataset } from "./build-demo-dataset";
import { bulkInsert, columnsOf } from "./bulk-insert";
import type { SqlSession } from "./sql-session";
import { elapsed, restoreAfterLoad, suspendForLoad } from "./suspend-for-load";

type Log = (message: string) => void;

/** The table a dataset key fills: its Prisma model name ("sharedCase" → "SharedCase"). */
export const tableOf = (key: string) => key[0].toUpperCase() + key.slice(1);

const count = (n: number) => n.toLocaleString("en-GB");

export async function insertDemoDataset(client: SqlSession, d: DemoDataset, log: Log): Promise<Record<string, number>> {
  const tables = (Object.keys(d) as (keyof DemoDataset)[]).map((key) => ({ key, table: tableOf(key) }));
  const counts: Record<string, number> = {};
  const total = tables.reduce((sum, { key }) => sum + (d[key] ?? []).length, 0);
  const loadStarted = performance.now();
  await client.query("BEGIN");
  try {
    const suspended = await suspendForLoad(
      client,
      tables.map((t) => t.table),
    );
    let written = 0;
    for (const { key, table } of tables) {
      const started = performance.now();
      const rows = (d[key] ?? []) as readonly Record<string, unknown>[];
      counts[table] = await bulkInsert(client, table, rows, { columns: await columnsOf(client, table) });
      written += counts[table];
      if (rows.length >= 1_000) {
        const share = Math.round((written / total) * 100);
        log(`${table}: ${count(counts[table])} rows in ${elapsed(started)} (${share}% of ${count(total)} rows)`);
      }
    }
    log(`All ${count(written)} rows written in ${elapsed(loadStarted)}`);
    await fillSummaries(client, d, log);
    const accessStarted = performance.now();
    // Which organisations may see each case (row-level security): from scratch, as the triggers that keep it were set aside too.
    await client.query("SELECT gt_rebuild_case_access()");
    log(`Case access worked out in ${elapsed(accessStarted)}`);
    // Each name's one-letter variants for person search, kept by a trigger also set aside.
    await client.query('UPDATE "Person" SET "nameVariants" = gt_name_variants("searchName")');
    // Partners' access by the consent in force (migration consent_over_time), kept by a trigger also set aside.
    await client.query("SELECT gt_refresh_partner_access(NULL)");
    const ledgerStarted = performance.now();
    // The ledger's budget totals and monthly summaries, kept by triggers also set aside.
    await client.query("SELECT ledger_rebuild_budget_totals()");
    await client.query("SELECT ledger_rebuild_summaries()");
    log(`Budget totals and ledger summaries worked out in ${elapsed(ledgerStarted)}`);
    await restoreAfterLoad(client, suspended, log);
    await moveSequencesPastLoadedRows(client);
    const analysed = performance.now();
    // Autovacuum may be off (it is on these machines), and the planner needs the new sizes.
    await client.query("ANALYZE");
    log(`Statistics gathered in ${elapsed(analysed)}`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
  return counts;
}

/**
 * The dashboard summaries for the loaded rows, worked out in memory and written in one go
 * (the row triggers were set aside for the load; they keep the summaries right from here on).
 */
async function fillSummaries(client: SqlSession, d: DemoDataset, log: Log) {
  const started = performance.now();
  // The category triggers were set aside too: give the themes and outcome types their positions.
  await client.query(`SELECT dash_assign_positions('THEME', ARRAY(SELECT id FROM "Theme"))`);
  await client.query(`SELECT dash_assign_positions('OUTCOME_TYPE', ARRAY(SELECT id FROM "OutcomeType"))`);
  const { rows } = await client.query<{ kind: string; refId: string; position: number }>(
    `SELECT kind::text AS kind, "refId"::text AS "refId", position FROM "DashboardCategory"`,
  );
  const positions = (kind: string) => new Map(rows.filter((r) => r.kind === kind).map((r) => [r.refId, r.position]));
  const summaries = summaryRowsFor({
    cases: d.sharedCase,
    caseThemes: d.caseTheme,
    referrals: d.referral,
    outcomes: d.outcome,
    involvements: d.caseInvolvement,
    actions: d.caseAction,
    themePositions: positions("THEME"),
    outcomeTypePositions: positions("OUTCOME_TYPE"),
  });
  let written = 0;
  for (const [key, summaryRows] of Object.entries(summaries)) {
    await client.query(`DELETE FROM "${tableOf(key)}"`);
    written += await bulkInsert(client, tableOf(key), summaryRows);
  }
  log(`Dashboard summaries: ${count(written)} rows in ${elapsed(started)}`);
}

/**
 * Case and barrier numbers (and any other serial column) were given explicitly: move every
 * sequence past the highest loaded value, so a case or barrier opened later gets the next one.
 */
async function moveSequencesPastLoadedRows(client: SqlSession): Promise<void> {
  const { rows } = await client.query<{ table: string; column: string }>(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
  );
  for (const { table, column } of rows) {
    const quoted = `"${table.replaceAll('"', '""')}"`;
    const col = `"${column.replaceAll('"', '""')}"`;
    await client.query(`SELECT setval(pg_get_serial_sequence($1, $2), GREATEST((SELECT MAX(${col}) FROM ${quoted}), 1))`, [quoted, column]);
  }
}
