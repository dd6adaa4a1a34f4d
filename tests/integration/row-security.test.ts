// The second wall: the app's database role owns nothing and cannot touch the audit trail or
// switch triggers off; and row-level security shows it only the case content of the
// organisation its transaction is for, however unfiltered the query.
import pg from "pg";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { db as appDb } from "@/lib/db";
import { asActor, unsafeAsSystem } from "@/lib/db/access-context";
import { db } from "@/tests/support/owner-db";
import { createActor, createAgreement, createCase, createOrganisation, createPlace, createTheme } from "../support/case-factories";

/** Runs SQL as the app role: its own login on a real server; on the embedded one, SET LOCAL ROLE. */
async function asAppRole(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL ROLE golden_thread_app");
    await client.query(sql);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

describe("the app's database role", () => {
  it.each([
    ["UPDATE the audit trail", `UPDATE "AuditEvent" SET action = 'tampered'`],
    ["DELETE from the audit trail", `DELETE FROM "AuditEvent"`],
    ["TRUNCATE the audit trail", `TRUNCATE "AuditEvent"`],
    ["switch triggers off for the session", "SET session_replication_role = replica"],
    ["disable a table's triggers", `ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`],
    ["drop a table", `DROP TABLE "CaseNote"`],
    ["read the migration history", `SELECT * FROM "_prisma_migrations"`],
    ["write the dashboards' summaries", `DELETE FROM "DashboardMonth"`],
  ])("may not %s", async (_what, sql) => {
    await expect(asAppRole(sql)).rejects.toMatchObject({ code: expect.stringMatching(/^42501$|^42P01$/) });
  });

  it("may append to the audit trail", async () => {
    await expect(asAppRole(`INSERT INTO "AuditEvent" (action, reasons) VALUES ('test.app-role', '{}')`)).resolves.toBeUndefined();
  });
});

describe("row-level security on case content", () => {
  let world: Awaited<ReturnType<typeof build>>;
  async function build() {
    const { neighbourhood } = await createPlace();
    const theme = await createTheme();
    const bolton = await createOrganisation({ name: `Bolton Council ${crypto.randomUUID().slice(0, 6)}` });
    const trust = await createOrganisation({ type: "NHS_TRUST" });
    const stranger = await createOrganisation({ type: "POLICE" });
    await createAgreement({ partyIds: [bolton.id, trust.id], themeIds: [theme.id] });
    const boltonWorker = await createActor({ organisationId: bolton.id });
    const trustWorker = await createActor({ organisationId: trust.id });
    const strangerWorker = await createActor({ organisationId: stranger.id });
    const boltonLeads = await createCase({ lead: boltonWorker, neighbourhoodId: neighbourhood.id, themeIds: [theme.id] });
    const sharedWithBolton = await createCase({ lead: trustWorker, neighbourhoodId: neighbourhood.id, themeIds: [theme.id], involvedOrganisationIds: [bolton.id] });
    const notShared = await createCase({ lead: strangerWorker, neighbourhoodId: neighbourhood.id, themeIds: [theme.id] });
    const note = (caseId: string, author: typeof boltonWorker, body: string, visibility: "ALL_INVOLVED" | "OWN_ORGANISATION" = "ALL_INVOLVED") =>
      db.caseNote.create({ data: { caseId, authorId: author.userId, authorOrganisationId: author.organisation.id, kind: "NOTE", visibility, occurredAt: new Date(), body } });
    await note(boltonLeads.id, boltonWorker, "Bolton's own case");
    await note(sharedWithBolton.id, trustWorker, "Shared with Bolton");
    await note(sharedWithBolton.id, trustWorker, "The trust's own-organisation note", "OWN_ORGANISATION");
    await note(notShared.id, strangerWorker, "Not Bolton's business");
    const caseIds = [boltonLeads.id, sharedWithBolton.id, notShared.id];
    return { boltonWorker, caseIds };
  }
  beforeAll(async () => {
    world = await build();
  });

  it("an unfiltered query in a transaction set for Bolton Council returns only what Bolton may see", async () => {
    const bodies = await asActor(world.boltonWorker, async (tx) => (await tx.caseNote.findMany({ select: { body: true, caseId: true } })).filter((n) => world.caseIds.includes(n.caseId)));
    expect(bodies.map((n) => n.body).sort()).toEqual(["Bolton's own case", "Shared with Bolton"]);
    const cases = await asActor(world.boltonWorker, (tx) => tx.sharedCase.findMany({ where: { id: { in: world.caseIds } }, select: { id: true } }));
    expect(cases.map((c) => c.id).sort()).toEqual(world.caseIds.slice(0, 2).sort());
    const people = await asActor(world.boltonWorker, (tx) => tx.person.count({ where: { cases: { some: { id: world.caseIds[2] } } } }));
    expect(people).toBe(0);
  });

  // On the embedded database every connection shares one superuser session, so outside a
  // transaction nothing takes the app role there; on a real server the app's login role does.
  it.skipIf(inject("embeddedDatabase"))("a query that names no one sees no case content at all", async () => {
    expect(await appDb.caseNote.count({ where: { caseId: { in: world.caseIds } } })).toBe(0);
    expect(await appDb.sharedCase.count({ where: { id: { in: world.caseIds } } })).toBe(0);
  });

  it("a named system step sees across organisations (for decisions and counts only)", async () => {
    expect(await unsafeAsSystem((tx) => tx.caseNote.count({ where: { caseId: { in: world.caseIds } } }))).toBe(4);
  });
});
