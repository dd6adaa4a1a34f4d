// The fault test's data: the demo data loaded into the fresh cluster, and for each writer a demo
// worker with a case they lead (a lead professional may always add a note to their open case).
import pg from "pg";
import { demoEmails, demoPassword } from "../../prisma/seed/demo-accounts";
import { loadDemoData } from "../../prisma/seed/load-demo-data";
import { applyMigrations } from "../../scripts/db/apply-migrations";

export type Writer = { email: string; password: string; caseId: string };

export async function loadDemoWorld(url: string): Promise<void> {
  await applyMigrations(url);
  await loadDemoData(url);
}

/**
 * `count` writers, each a different demo worker (one sign-in, so one authenticator code, per
 * account) on an open case they lead: the Manchester and Bolton demo workers first.
 */
export async function writersFor(url: string, count: number): Promise<Writer[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string; caseId: string }>(
      `SELECT DISTINCT ON (u.email) u.email, c.id::text AS "caseId", (u.email = ANY($1)) AS named
         FROM "SharedCase" c JOIN "User" u ON u.id = c."leadProfessionalId"
        WHERE c.status <> 'CLOSED' AND u."deactivatedAt" IS NULL AND u."passwordHash" IS NOT NULL
        ORDER BY u.email, c.number`,
      [[demoEmails.workerManchester, demoEmails.workerBolton]],
    );
    const named = rows.filter((r) => r.email === demoEmails.workerManchester || r.email === demoEmails.workerBolton);
    const chosen = [...named, ...rows.filter((r) => !named.includes(r))].slice(0, count);
    if (chosen.length < count) throw new Error(`Only ${chosen.length} demo workers lead an open case; ${count} writers asked for`);
    return chosen.map((r) => ({ email: r.email, password: demoPassword, caseId: r.caseId }));
  } finally {
    await client.end();
  }
}
