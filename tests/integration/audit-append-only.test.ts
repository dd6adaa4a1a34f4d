import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/owner-db";

async function auditRow() {
  return db.auditEvent.create({
    data: { action: "test.append-only", reasons: ["written by a test"], recordId: crypto.randomUUID() },
  });
}

describe("the audit trail is append-only in the database", () => {
  it("refuses an UPDATE and keeps the row as written", async () => {
    const row = await auditRow();
    await expect(
      db.auditEvent.update({ where: { id: row.id }, data: { action: "test.tampered" } }),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'test.tampered' WHERE "id" = ${row.id}`),
    ).rejects.toThrow(/append-only/);
    const after = await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.action).toBe("test.append-only");
  });

  it("refuses a DELETE and keeps the row", async () => {
    const row = await auditRow();
    await expect(db.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count({ where: { id: row.id } })).toBe(1);
  });

  it("refuses a TRUNCATE", async () => {
    const row = await auditRow();
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count({ where: { id: row.id } })).toBe(1);
  });

  // Counted by the row's own record id: other test files write audit rows at the same time.
  it("still accepts new rows", async () => {
    const row = await auditRow();
    expect(await db.auditEvent.count({ where: { recordId: row.recordId } })).toBe(1);
  });
});
