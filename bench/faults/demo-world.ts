// The fault test's data: the demo data loaded into the fresh cluster, and for each writer a demo
// worker with a case they lead (a lead professional may always add a note to their open case).
import pg from "pg";
import { demoEmails, demoPassword } from "../../prisma/seed/demo-accounts";
import { loadDemoData } from "../../prisma/seed/load-demo-data";
import { applyMigrations } from "../../scripts/db/apply-migrations";

export type Writer = { email: string; password: string; caseId: string };

const workers = [demoEmails.workerManchester, demoEmails.workerBolton];

export async function loadDemoWorld(url: string): Promise<void> {
  await applyMigrations(url);
  await loadDemoData(url);
}

/** `count` writers, taking the demo workers in turn, each on a different open case they lead. */
export async function writersFor(url: string, count: number): Promise<Writer[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string; ids: string[] }>(
      `SELECT u.email, array_agg(c.id::text ORDER BY c.number) AS ids
         FROM "SharedCase" c JOIN "User" u ON u.id = c."leadProfessionalId"
        WHERE u.email = ANY($1) AND c.status <> 'CLOSED'
        GROUP BY u.email`,
      [workers],
    );
    const casesOf = new Map(rows.map((row) => [row.email, row.ids]));
    return Array.from({ length: count }, (_, i) => {
      const email = workers[i % workers.length];
      const caseId = casesOf.get(email)?.[Math.floor(i / workers.length)];
      if (!caseId) throw new Error(`Not enough open cases led by ${email} for ${count} writers`);
      return { email, password: demoPassword, caseId };
    });
  } finally {
    await client.end();
  }
}
