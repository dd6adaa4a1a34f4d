import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema, isEmptyDiff } from "../../scripts/db/diff-migrations";

describe("migrations", () => {
  // Replaying every migration in a throwaway in-memory database takes ~10 s on a quiet machine
  // and several times that on a busy one: the limit is generous so the answer never depends on load.
  it("produce exactly the schema in schema.prisma (the engine's diff is empty)", { timeout: 600_000 }, async () => {
    const sql = await diffMigrationsToSchema();
    expect(isEmptyDiff(sql), `schema.prisma differs from the migrations:\n${sql}`).toBe(true);
    // Replaying every migration in an in-memory PGlite takes over 30 s on a busy 2-core machine.
  });

  it("an empty diff is recognised and a real one is not", () => {
    expect(isEmptyDiff("-- This is an empty migration.\n")).toBe(true);
    expect(isEmptyDiff('-- AlterTable\nALTER TABLE "User" ADD COLUMN "x" TEXT;\n')).toBe(false);
  });
});
