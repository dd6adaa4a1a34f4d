// Replacing a user's roles and the areas a locality lead leads. Needs the admin's recent
// re-authentication. The user's sessions end so the new roles apply from their next sign-in.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { isRecentlyAuthenticated, reauthenticationNeeded } from "@/lib/auth/reauthentication";
import { revokeUserSessions } from "@/lib/auth/revoke-sessions";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { fieldFailure, formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { assertPermitted } from "../permission";
import { leadAreasExist, roleRows } from "./role-rows";
import { userRolesSchema, type UserRolesInput } from "./schemas";

export async function changeUserRoles(actor: Actor, input: UserRolesInput): Promise<CommandResult<UserRolesInput, { id: string }>> {
  assertPermitted(actor);
  const parsed = userRolesSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { id, roles, leadAreas, supervisedAreas } = parsed.data;
  if (id === actor.userId && !roles.includes("PARTNERSHIP_ADMIN")) {
    return fieldFailure(input, "roles", "You cannot remove your own partnership admin role: ask another admin");
  }
  if (!(await isRecentlyAuthenticated(actor))) {
    await writeAuditEvent(db, { actor: auditActorOf(actor), action: "admin.user.roles", outcome: "DENIED", recordType: "User", recordId: id, reasons: ["no recent re-authentication"] });
    return formFailure(input, reauthenticationNeeded);
  }

  const outcome = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { roles: { select: { role: true } } } });
    if (!user) return "missing" as const;
    if (!(await leadAreasExist(tx, leadAreas, supervisedAreas))) return "bad-areas" as const;
    await tx.roleAssignment.deleteMany({ where: { userId: id } });
    await tx.roleAssignment.createMany({ data: roleRows(roles, leadAreas, supervisedAreas).map((row) => ({ ...row, userId: id })) });
    await tx.user.update({ where: { id }, data: { sessionVersion: { increment: 1 } } });
    await revokeUserSessions(tx, id, "roles changed by an admin");
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "admin.user.roles",
      recordType: "User",
      recordId: id,
      details: { from: [...new Set(user.roles.map((r) => r.role))], to: roles, leadAreas: leadAreas.length, supervisedAreas: supervisedAreas.length },
    });
    return "saved" as const;
  });
  if (outcome === "missing") return formFailure(input, "This user no longer exists");
  if (outcome === "bad-areas") return fieldFailure(input, "leadAreas", "Select areas from the list");
  return { ok: true, id };
}
