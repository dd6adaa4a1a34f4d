// Editing an organisation's name and type, refusing to overwrite someone else's change.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { isUniqueViolationOn } from "@/lib/forms/database-errors";
import { changedSinceOpened, fieldFailure, formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { assertPermitted } from "../permission";
import { editOrganisationSchema, type EditOrganisationInput } from "./schemas";

const duplicateName = "An organisation with this name is already in the partnership";

export async function updateOrganisation(
  actor: Actor,
  input: EditOrganisationInput,
): Promise<CommandResult<EditOrganisationInput, { id: string }>> {
  assertPermitted(actor);
  const parsed = editOrganisationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { id, name, type, updatedAt } = parsed.data;

  const clash = await db.organisation.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, id: { not: id } },
    select: { id: true },
  });
  if (clash) return fieldFailure(input, "name", duplicateName);

  try {
    const outcome = await db.$transaction(async (tx) => {
      const before = await tx.organisation.findUnique({ where: { id }, select: { name: true, type: true } });
      if (!before) return "missing" as const;
      const { count } = await tx.organisation.updateMany({
        where: { id, updatedAt: new Date(updatedAt) },
        data: { name, type },
      });
      if (count === 0) return "conflict" as const;
      await writeAuditEvent(tx, {
        actor: auditActorOf(actor),
        action: "admin.organisation.update",
        recordType: "Organisation",
        recordId: id,
        details: { changed: [before.name !== name ? "name" : null, before.type !== type ? "type" : null].filter((f) => f !== null) },
      });
      return "saved" as const;
    });
    if (outcome === "missing") return formFailure(input, "This organisation no longer exists");
    if (outcome === "conflict") return formFailure(input, changedSinceOpened);
  } catch (error) {
    if (isUniqueViolationOn(error, "Organisation", "name")) return fieldFailure(input, "name", duplicateName);
    throw error;
  }
  return { ok: true, id };
}
