// A leaver is deactivated: they cannot sign in, their sessions end at once and any unused
// set-password link stops working. Reactivating lets them sign in again with their password.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { revokeUserSessions } from "@/lib/auth/revoke-sessions";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { assertPermitted } from "../permission";
import { userIdSchema, type UserIdInput } from "./schemas";

export async function setUserActive(
  actor: Actor,
  active: boolean,
  input: UserIdInput,
): Promise<CommandResult<UserIdInput, { id: string }>> {
  assertPermitted(actor);
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { id } = parsed.data;
  if (!active && id === actor.userId) return formFailure(input, "You cannot deactivate your own account");

  const outcome = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { deactivatedAt: true } });
    if (!user) return "This user no longer exists";
    if (active === (user.deactivatedAt === null)) return active ? "This user is already active" : "This user is already deactivated";
    if (active) {
      await tx.user.update({ where: { id }, data: { deactivatedAt: null } });
    } else {
      await tx.user.update({ where: { id }, data: { deactivatedAt: new Date(), sessionVersion: { increment: 1 } } });
      await tx.passwordSetToken.deleteMany({ where: { userId: id, usedAt: null } });
      await revokeUserSessions(tx, id, "user deactivated");
    }
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: active ? "admin.user.reactivate" : "admin.user.deactivate",
      recordType: "User",
      recordId: id,
      reasons: active ? [] : ["leaver"],
    });
    return null;
  });
  if (outcome) return formFailure(input, outcome);
  return { ok: true, id };
}
