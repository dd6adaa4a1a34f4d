// A mover: the user now works for another organisation. Their roles stay; their sessions end so
// they sign in again as a member of the new organisation. Cases they lead stay with the old
// organisation (the move page warns how many need a new lead professional).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { revokeUserSessions } from "@/lib/auth/revoke-sessions";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { fieldFailure, formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { assertPermitted } from "../permission";
import { moveUserSchema, type MoveUserInput } from "./schemas";

export async function moveUser(actor: Actor, input: MoveUserInput): Promise<CommandResult<MoveUserInput, { id: string }>> {
  assertPermitted(actor);
  const parsed = moveUserSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { id, organisationId } = parsed.data;
  if (id === actor.userId) return formFailure(input, "You cannot move your own account: ask another admin");

  const outcome = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { organisationId: true } });
    const target = await tx.organisation.findUnique({ where: { id: organisationId }, select: { status: true } });
    if (!user) return { form: "This user no longer exists" };
    if (!target) return { field: "Select the organisation the user is moving to" };
    if (target.status === "LEFT") return { field: "This organisation has left the partnership: choose another" };
    if (user.organisationId === organisationId) return { field: "The user already works for this organisation" };
    await tx.user.update({ where: { id }, data: { organisationId, sessionVersion: { increment: 1 } } });
    await revokeUserSessions(tx, id, "moved to another organisation");
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "admin.user.move",
      recordType: "User",
      recordId: id,
      reasons: ["mover"],
      details: { fromOrganisationId: user.organisationId, toOrganisationId: organisationId },
    });
    return null;
  });
  if (outcome?.form) return formFailure(input, outcome.form);
  if (outcome?.field) return fieldFailure(input, "organisationId", outcome.field);
  return { ok: true, id };
}
