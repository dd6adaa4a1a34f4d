// What the database holds after the fault test: every acknowledged note exactly once, and every
// note the test wrote with its one audit row (case.addNote, recordId = the note's id).
import pg from "pg";

export type Verdict = { missing: string[]; duplicates: string[]; withoutAudit: string[]; notesInDatabase: number };

export async function verifyNotes(url: string, runId: string, acknowledged: string[]): Promise<Verdict> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; body: string; audits: number }>(
      `SELECT n.id::text, n.body,
              (SELECT count(*)::int FROM "AuditEvent" a
                WHERE a.action = 'case.addNote' AND a.outcome = 'ALLOWED' AND a."recordId" = n.id::text) AS audits
         FROM "CaseNote" n WHERE n.body LIKE $1`,
      [`Fault test ${runId},%`],
    );
    const copies = new Map<string, number>();
    for (const row of rows) copies.set(row.body, (copies.get(row.body) ?? 0) + 1);
    return {
      missing: acknowledged.filter((body) => !copies.has(body)),
      duplicates: [...copies].filter(([, n]) => n > 1).map(([body]) => body),
      withoutAudit: rows.filter((row) => row.audits !== 1).map((row) => row.id),
      notesInDatabase: rows.length,
    };
  } finally {
    await client.end();
  }
}
