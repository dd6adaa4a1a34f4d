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
  it("answers concurrent queries and transactions from several clients correctly", async () => {
    const clients = [createPrismaClient(server.url, { max: 5 }), createPrismaClient(server.url, { max: 5 })];
    try {
      const reads = Array.from({ length: 60 }, (_, i) =>
        clients[i % 2].organisation.count({ where: { name: { startsWith: `nobody ${i}` }, type: "VCSE", status: "ACTIVE" } }),
      );
      const writes = Array.from({ length: 20 }, (_, i) =>
        clients[(i + 1) % 2].$transaction(async (tx) => {
          const created = await tx.organisation.create({ data: { name: `Concurrent ${i} ${Math.random()}`, type: "VCSE", status: "ACTIVE" } });
          return tx.organisation.count({ where: { id: created.id, type: "VCSE" } });
          // Correctness, not speed: on a busy machine 20 queued transactions wait longer than the 2 s default.
        }, { maxWait: 120_000, timeout: 120_000 }),
      );
      const results = await Promise.all([...reads, ...writes]);
      expect(results.slice(0, 60).every((n) => n === 0)).toBe(true);
      expect(results.slice(60).every((n) => n === 1)).toBe(true);
    } finally {
      await Promise.all(clients.map((c) => c.$disconnect()));
    }
  });
});
