// Database failures that mean "not just now" are recognised from the real errors PostgreSQL and
// the driver raise, and a form caught by one comes back with what was typed after one retry.
import pg from "pg";
import { describe, expect, inject, it, vi } from "vitest";
import { db } from "@/tests/support/owner-db";
import { createPrismaClient } from "@/lib/db/create-client";
import { isTransientDatabaseError, isUniqueViolationOn } from "@/lib/forms/database-errors";
import { couldNotSaveNow, databaseDown, keepingInput, unlessDatabaseDown } from "@/lib/forms/keeping-input";
import { uniqueSuffix } from "../../support/factories";

async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the work to fail");
}

/** The real error of a transaction whose connection the server ends (SQLSTATE 57P01). */
async function terminatedTransactionError(): Promise<unknown> {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    return await errorOf(() =>
      db.$transaction(async (tx) => {
        const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
        await admin.query("SELECT pg_terminate_backend($1)", [pid]);
        await tx.$queryRaw`SELECT 1`;
      }),
    );
  } finally {
    await admin.end();
  }
}

const unreachable = createPrismaClient("postgresql://postgres@127.0.0.1:1/none", { max: 1 });

describe("recognising database errors", () => {
  it("a server that cannot be reached is transient", async () => {
    expect(isTransientDatabaseError(await errorOf(() => unreachable.theme.findMany()))).toBe(true);
  });

  // PGlite serves every connection from one backend, which cannot be terminated on its own.
  it.skipIf(inject("embeddedDatabase"))("a connection the server terminates mid-transaction is transient", async () => {
    expect(isTransientDatabaseError(await terminatedTransactionError())).toBe(true);
  });

  it("a constraint violation or a bad value is not transient", async () => {
    const code = `T_${uniqueSuffix()}`;
    await db.theme.create({ data: { code, name: `Theme ${code}` } });
    const duplicate = await errorOf(() => db.theme.create({ data: { code, name: `Other ${code}` } }));
    expect(isTransientDatabaseError(duplicate)).toBe(false);
    expect(isUniqueViolationOn(duplicate, "Theme", "code")).toBe(true);
    expect(isUniqueViolationOn(duplicate, "Theme", "name")).toBe(false);
    expect(isTransientDatabaseError(await errorOf(() => db.$queryRawUnsafe("SELECT 'x'::int")))).toBe(false);
  });
});

describe("keeping a form's input through an outage", () => {
  const typed = { body: "What the worker typed" };

  it("tries once more, then returns the form with everything typed and says so", async () => {
    let attempts = 0;
    const result = await keepingInput(
      () => typed,
      async () => {
        attempts += 1;
        return unreachable.theme.findMany();
      },
    );
    expect(attempts).toBe(2);
    expect(result).toEqual({ ok: false, fieldErrors: {}, formError: couldNotSaveNow, values: typed });
  });

  it("succeeds when the retry does", async () => {
    let attempts = 0;
    const result = await keepingInput(
      () => typed,
      async () => {
        attempts += 1;
        if (attempts === 1) await unreachable.theme.findMany();
        return { ok: true as const };
      },
    );
    expect(result).toEqual({ ok: true });
  });

  it("never turns another error into a message: it is thrown as it was", async () => {
    const bug = new Error("a bug");
    await expect(keepingInput(() => typed, async () => Promise.reject(bug))).rejects.toBe(bug);
  });
});

describe("a form page's reads through an outage", () => {
  it("give the outage instead of an error page when the database cannot answer", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await unlessDatabaseDown(() => unreachable.theme.findMany())).toBe(databaseDown);
    warn.mockRestore();
  });

  it("give what was read when it can, and throw anything else as it was", async () => {
    expect(await unlessDatabaseDown(async () => "read")).toBe("read");
    const bug = new Error("a bug");
    await expect(unlessDatabaseDown(async () => Promise.reject(bug))).rejects.toBe(bug);
  });
});
