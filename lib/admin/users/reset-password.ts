// Resetting a password: the old one stops working at once (it may be known to someone else),
// open sessions end, and a new one-time link is shown to the admin to pass on.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { assertPermitted } from "../permission";
import { issuePasswordLink } from "./issue-password-link";
import { userIdSchema, type UserIdInput } from "./schemas";

export async function resetPassword(
  actor: Actor,
  input: UserIdInput,
): Promise<CommandResult<UserIdInput, { id: string; name: string; setPasswordPath: string; expiresAt: Date }>> {
  assertPermitted(actor);
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { id } = parsed.data;

  const link = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { name: true, deactivatedAt: true } });
    if (!user || user.deactivatedAt) return null;
    await tx.user.update({ where: { id }, data: { passwordHash: null, sessionVersion: { increment: 1 } } });
    const issued = await issuePasswordLink(tx, id);
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "admin.user.reset-password",
      recordType: "User",
      recordId: id,
      details: { passwordLinkIssued: true },
    });
    return { ...issued, name: user.name };
  });
  if (!link) return formFailure(input, "Only an active user's password can be reset: reactivate them first");
  return { ok: true, id, name: link.name, setPasswordPath: link.path, expiresAt: link.expiresAt };
}
