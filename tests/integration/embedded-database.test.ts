// The embedded database serves many connections from one PGlite session: concurrent queries and
// transactions through Prisma, from separate clients, must not see each other's statements.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "../../scripts/db/apply-migrations";
import { freePort, startEmbeddedServer } from "../../scripts/embedded-db";

let server: Awaited<ReturnType<typeof startEmbeddedServer>>;
beforeAll(async () => {
  server = await startEmbeddedServer({ dataDir: "memory://", port: await freePort() });
  await applyMigrations(server.url);
});
afterAll(async () => {
  await server.stop();
});

describe("the embedded database", () => {
  it("answers concurrent queries and transactions from several clients correctly", { timeout: 600_000 }, async () => {
    const clients = [createPrismaClient(server.url, { max: 5 }), createPrismaClient(server.url, { max: 5 })];
    try {
      const reads = Array.from({ length: 60 }, (_, i) =>
        clients[i % 2].organisation.count({ where: { name: { startsWith: `nobody ${i}` }, type: "VCSE", status: "ACTIVE" } }),
      );
      const writes = Array.from({ length: 20 }, (_, i) =>
        clients[(i + 1) % 2].$transaction(
          async (tx) => {
            const created = await tx.organisation.create({ data: { name: `Concurrent ${i} ${Math.random()}`, type: "VCSE", status: "ACTIVE" } });
            return tx.organisation.count({ where: { id: created.id, type: "VCSE" } });
          },
          // PGlite runs one transaction at a time, so 20 queue behind each other: under load the
          // last waits far longer than Prisma's 2 s default. What is tested is correctness, not speed.
          { maxWait: 300_000, timeout: 300_000 },
        ),
      );
      const results = await Promise.all([...reads, ...writes]);
      expect(results.slice(0, 60).every((n) => n === 0)).toBe(true);
      expect(results.slice(60).every((n) => n === 1)).toBe(true);
    } finally {
      await Promise.all(clients.map((c) => c.$disconnect()));
    }
  });

  it("has pg_trgm for person search: a misspelt name is found within the organisation's people", { timeout: 600_000 }, async () => {
    const client = createPrismaClient(server.url, { max: 2 });
    try {
      const organisation = await client.organisation.create({ data: { name: `Search ${Math.random()}`, type: "VCSE", status: "ACTIVE" } });
      const user = await client.user.create({ data: { email: `search-${Math.random()}@example.test`, name: "Searcher", organisationId: organisation.id } });
      await client.person.create({ data: { givenName: "Sarah", familyName: "Davies", searchName: "sarah davies", dateOfBirth: new Date(Date.UTC(1985, 2, 27)), createdById: user.id } });
      const found = await client.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('role', 'golden_thread_app', true), set_config('gt.context', 'actor', true), set_config('gt.organisation_id', ${organisation.id}, true), set_config('gt.user_id', ${user.id}, true)`;
        return tx.$queryRaw<{ similar: boolean; people: number }[]>`
          SELECT similarity('davies', 'davis') > 0 AS similar, (SELECT count(*)::int FROM gt_find_people(ARRAY['daives'], NULL, NULL, 10)) AS people`;
      }, { maxWait: 300_000, timeout: 300_000 });
      expect(found).toEqual([{ similar: true, people: 1 }]);
    } finally {
      await client.$disconnect();
    }
  });
});
