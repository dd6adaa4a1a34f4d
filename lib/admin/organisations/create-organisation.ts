// Inviting an organisation to the partnership: it starts INVITED, and its users cannot sign in
// until an admin confirms its membership.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { isUniqueViolationOn } from "@/lib/forms/database-errors";
import { fieldFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { assertPermitted } from "../permission";
import { organisationSchema, type OrganisationInput } from "./schemas";

const duplicateName = "An organisation with this name is already in the partnership";

export async function createOrganisation(
  actor: Actor,
  input: OrganisationInput,
): Promise<CommandResult<OrganisationInput, { id: string }>> {
  assertPermitted(actor);
  const parsed = organisationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { id, name, type } = parsed.data;

  // The form's id makes a double submit harmless: the second finds the first's organisation.
  const already = await db.organisation.findUnique({ where: { id }, select: { id: true } });
  if (already) return { ok: true, id };
  const clash = await db.organisation.findFirst({
    where: { name: { equals: name, mode: "insensitive" } },
    select: { id: true },
  });
  if (clash) return fieldFailure(input, "name", duplicateName);

  try {
    await db.$transaction(async (tx) => {
      await tx.organisation.create({ data: { id, name, type, status: "INVITED" } });
      await writeAuditEvent(tx, {
        actor: auditActorOf(actor),
        action: "admin.organisation.create",
        recordType: "Organisation",
        recordId: id,
        details: { type, status: "INVITED" },
      });
    });
  } catch (error) {
    if (isUniqueViolationOn(error, "Organisation", "name")) return fieldFailure(input, "name", duplicateName);
    throw error;
  }
  return { ok: true, id };
}
