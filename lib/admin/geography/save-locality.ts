// Adding and renaming localities (boroughs), with unique codes and names.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { isUniqueViolationOn } from "@/lib/forms/database-errors";
import { fieldFailure, formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { assertPermitted } from "../permission";
import { localitySchema, type LocalityInput } from "./schemas";
import { slugify } from "@/lib/domain/slug";

async function clash(code: string, name: string, exceptId: string) {
  const found = await db.locality.findFirst({
    where: {
      id: { not: exceptId },
      OR: [{ code: { equals: code, mode: "insensitive" } }, { name: { equals: name, mode: "insensitive" } }, { slug: slugify(name) }],
    },
    select: { code: true },
  });
  if (!found) return null;
  return found.code.toUpperCase() === code
    ? { field: "code", message: "A locality with this code already exists" }
    : { field: "name", message: "A locality with this name already exists" };
}

export async function saveLocality(
  actor: Actor,
  mode: "create" | "update",
  input: LocalityInput,
): Promise<CommandResult<LocalityInput, { id: string }>> {
  assertPermitted(actor);
  const parsed = localitySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { id, code, name } = parsed.data;
  if (mode === "create" && (await db.locality.findUnique({ where: { id }, select: { id: true } }))) return { ok: true, id };
  const problem = await clash(code, name, id);
  if (problem) return fieldFailure(input, problem.field, problem.message);

  try {
    const saved = await db.$transaction(async (tx) => {
      if (mode === "create") {
        await tx.locality.create({ data: { id, code, name, slug: slugify(name) } });
      } else {
        // The slug stays: it is in the addresses leads have bookmarked.
        const { count } = await tx.locality.updateMany({ where: { id }, data: { code, name } });
        if (count === 0) return false;
      }
      await writeAuditEvent(tx, {
        actor: auditActorOf(actor),
        action: `admin.locality.${mode}`,
        recordType: "Locality",
        recordId: id,
        details: { code },
      });
      return true;
    });
    if (!saved) return formFailure(input, "This locality no longer exists");
  } catch (error) {
    if ((["code", "name", "slug"] as const).some((column) => isUniqueViolationOn(error, "Locality", column))) return fieldFailure(input, "name", "A locality with this code or name already exists");
    throw error;
  }
  return { ok: true, id };
}
