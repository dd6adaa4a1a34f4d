// New recovery codes from the account page (the old ones stop working): only just after a
// re-authentication, audited.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { replaceRecoveryCodes } from "@/lib/auth/mfa/recovery-codes";
import { isRecentlyAuthenticated } from "@/lib/auth/reauthentication";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";

export async function renewRecoveryCodes(actor: Actor, ipAddress: string): Promise<string[] | null> {
  if (!(await isRecentlyAuthenticated(actor))) {
    await writeAuditEvent(db, { actor: auditActorOf(actor), action: "auth.recovery-codes.renew", outcome: "DENIED", recordType: "User", recordId: actor.userId, reasons: ["no recent re-authentication"], ipAddress });
    return null;
  }
  return db.$transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, actor.userId);
    await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "auth.recovery-codes.renew", recordType: "User", recordId: actor.userId, reasons: ["asked for by the user"], ipAddress });
    return codes;
  });
}
