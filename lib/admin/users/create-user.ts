// A joiner: a new user in an organisation, with roles, and a one-time link to set a password
// emailed to them (never shown to the admin). The user has no password until then.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { isUniqueViolationOn } from "@/lib/forms/database-errors";
import { fieldFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { assertPermitted } from "../permission";
import { deliverSoon } from "@/lib/mail/deliver-outbox";
import { emailPasswordLink } from "./email-password-link";
import { leadAreasExist, roleRows } from "./role-rows";
import { createUserSchema, emailAddress, type CreateUserInput } from "./schemas";

export const duplicateEmail = "A user with this email address already exists";

export type CreatedUser = { id: string; name: string; email: string; expiresAt: Date | null };

export async function createUser(actor: Actor, input: CreateUserInput): Promise<CommandResult<CreateUserInput, CreatedUser>> {
  assertPermitted(actor);
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) {
    // Say at once that the address is taken too, rather than after the other fixes.
    const failure = invalid(parsed.error, input);
    const email = emailAddress.safeParse(input.email);
    if (email.success && !failure.fieldErrors.email && (await db.user.findUnique({ where: { email: email.data }, select: { id: true } }))) {
      failure.fieldErrors.email = [duplicateEmail];
    }
    return failure;
  }
  const { id, name, email, jobTitle, organisationId, roles, leadAreas, supervisedAreas } = parsed.data;

  // A second submit of the same form finds the first's user; its link was emailed the first time.
  if (await db.user.findUnique({ where: { id }, select: { id: true } })) {
    return { ok: true, id, name, email, expiresAt: null };
  }
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return fieldFailure(input, "email", duplicateEmail);
  const organisation = await db.organisation.findUnique({ where: { id: organisationId }, select: { status: true } });
  if (!organisation) return fieldFailure(input, "organisationId", "Select the user's organisation");
  if (organisation.status === "LEFT") {
    return fieldFailure(input, "organisationId", "This organisation has left the partnership: choose another");
  }

  try {
    const link = await db.$transaction(async (tx) => {
      if (!(await leadAreasExist(tx, leadAreas, supervisedAreas))) return null;
      await tx.user.create({
        data: { id, name, email, jobTitle, organisationId, roles: { create: roleRows(roles, leadAreas, supervisedAreas) } },
      });
      const issued = await emailPasswordLink(tx, { id, name, email }, "joiner");
      await writeAuditEvent(tx, {
        actor: auditActorOf(actor),
        action: "admin.user.create",
        recordType: "User",
        recordId: id,
        reasons: ["joiner"],
        details: { organisationId, roles, leadAreas: leadAreas.length, passwordLinkEmailed: true },
      });
      return issued;
    });
    if (!link) return fieldFailure(input, "leadAreas", "Select areas from the list");
    deliverSoon();
    return { ok: true, id, name, email, expiresAt: link.expiresAt };
  } catch (error) {
    if (isUniqueViolationOn(error, "User", "email")) return fieldFailure(input, "email", duplicateEmail);
    throw error;
  }
}
