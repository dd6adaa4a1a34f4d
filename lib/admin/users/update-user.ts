// Editing a user's name, email address and job title, refusing to overwrite someone else's change.
// A new email address is told to both addresses, and holds admin resets for a week
// (takeover-guard.ts).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { isUniqueViolationOn } from "@/lib/forms/database-errors";
import { changedSinceOpened, fieldFailure, formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { deliverSoon } from "@/lib/mail/deliver-outbox";
import { emailChangedMail } from "@/lib/mail/messages";
import { queueMail } from "@/lib/mail/queue-mail";
import { assertPermitted } from "../permission";
import { duplicateEmail } from "./create-user";
import { editUserSchema, type EditUserInput } from "./schemas";

export async function updateUser(actor: Actor, input: EditUserInput): Promise<CommandResult<EditUserInput, { id: string }>> {
  assertPermitted(actor);
  const parsed = editUserSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { id, name, email, jobTitle, updatedAt } = parsed.data;

  const clash = await db.user.findFirst({ where: { email, id: { not: id } }, select: { id: true } });
  if (clash) return fieldFailure(input, "email", duplicateEmail);

  try {
    const outcome = await db.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id }, select: { name: true, email: true, jobTitle: true } });
      if (!before) return "missing" as const;
      const emailChanged = before.email !== email;
      const { count } = await tx.user.updateMany({
        where: { id, updatedAt: new Date(updatedAt) },
        data: { name, email, jobTitle, ...(emailChanged ? { emailChangedAt: new Date() } : {}) },
      });
      if (count === 0) return "conflict" as const;
      if (emailChanged) {
        for (const to of [before.email, email]) await queueMail(tx, { to, ...emailChangedMail(name, email) });
      }
      const changed = (["name", "email", "jobTitle"] as const).filter((f) => before[f] !== parsed.data[f]);
      await writeAuditEvent(tx, {
        actor: auditActorOf(actor),
        action: "admin.user.update",
        recordType: "User",
        recordId: id,
        details: { changed },
      });
      return "saved" as const;
    });
    if (outcome === "missing") return formFailure(input, "This user no longer exists");
    if (outcome === "conflict") return formFailure(input, changedSinceOpened);
    deliverSoon();
  } catch (error) {
    if (isUniqueViolationOn(error, "User", "email")) return fieldFailure(input, "email", duplicateEmail);
    throw error;
  }
  return { ok: true, id };
}
