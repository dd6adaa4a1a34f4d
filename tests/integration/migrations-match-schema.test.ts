import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema, isEmptyDiff } from "../../scripts/db/diff-migrations";

describe("migrations", () => {
  // The engine replays every migration in an in-memory PGlite: pure CPU, ~10 s on an idle machine
  // and over 40 s on a busy one. How long it takes is not what this test checks.
  it("produce exactly the schema in schema.prisma (the engine's diff is empty)", { timeout: 600_000 }, async () => {
    const sql = await diffMigrationsToSchema();
    expect(isEmptyDiff(sql), `schema.prisma differs from the migrations:\n${sql}`).toBe(true);
  });

  it("an empty diff is recognised and a real one is not", () => {
    expect(isEmptyDiff("-- This is an empty migration.\n")).toBe(true);
    expect(isEmptyDiff('-- AlterTable\nALTER TABLE "User" ADD COLUMN "x" TEXT;\n')).toBe(false);
  });
});
