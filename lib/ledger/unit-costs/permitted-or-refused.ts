// The unit-cost and beneficiary commands are for partnership admins. A refusal is written to the
// audit trail before the error is thrown, so an attempt by anyone else is on record.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hasPermission } from "@/lib/auth/roles";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { NotPermittedError } from "@/lib/admin/permission";
import { db } from "@/lib/db";

export async function permittedOrRefused(actor: Actor, action: string): Promise<void> {
  if (hasPermission(actor.roles, "admin.manage")) return;
  await writeAuditEvent(db, { actor: auditActorOf(actor), action, outcome: "DENIED", reasons: ["only partnership admins change unit costs and who receives benefits"] });
  throw new NotPermittedError("admin.manage");
}
