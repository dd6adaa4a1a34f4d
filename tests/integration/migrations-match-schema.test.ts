import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema, isEmptyDiff } from "../../scripts/db/diff-migrations";

describe("migrations", () => {
  it("produce exactly the schema in schema.prisma (the engine's diff is empty)", async () => {
    const sql = await diffMigrationsToSchema();
    expect(isEmptyDiff(sql), `schema.prisma differs from the migrations:\n${sql}`).toBe(true);
    // Replaying every migration in an in-memory PGlite takes over 30 s on a busy 2-core machine.
  }, 300_000);

  it("an empty diff is recognised and a real one is not", () => {
    expect(isEmptyDiff("-- This is an empty migration.\n")).toBe(true);
    expect(isEmptyDiff('-- AlterTable\nALTER TABLE "User" ADD COLUMN "x" TEXT;\n')).toBe(false);
  });
});
