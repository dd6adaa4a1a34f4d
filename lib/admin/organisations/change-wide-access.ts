// An organisation's choice of which roles see all of its cases (need-to-know's wider access),
// refusing to overwrite someone else's change, audited with the roles before and after.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { changedSinceOpened, formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { assertPermitted } from "../permission";
import { wideAccessSchema, type WideAccessInput } from "./schemas";

export async function changeWideAccess(actor: Actor, input: WideAccessInput): Promise<CommandResult<WideAccessInput, { id: string }>> {
  assertPermitted(actor);
  const parsed = wideAccessSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { id, updatedAt } = parsed.data;
  const wideAccessRoles = [...new Set(parsed.data.wideAccessRoles)];

  const outcome = await db.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id }, select: { wideAccessRoles: true } });
    if (!before) return "missing" as const;
    const { count } = await tx.organisation.updateMany({ where: { id, updatedAt: new Date(updatedAt) }, data: { wideAccessRoles } });
    if (count === 0) return "conflict" as const;
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "admin.organisation.wide-access",
      recordType: "Organisation",
      recordId: id,
      reasons: [wideAccessRoles.length ? `roles given access to all the organisation's cases: ${wideAccessRoles.join(", ")}` : "no role is given wider access"],
      details: { from: before.wideAccessRoles, to: wideAccessRoles },
    });
    return "saved" as const;
  });
  if (outcome === "missing") return formFailure(input, "This organisation no longer exists");
  if (outcome === "conflict") return formFailure(input, changedSinceOpened);
  return { ok: true, id };
}
