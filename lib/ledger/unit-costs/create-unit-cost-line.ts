// Adds a line to the unit-cost table (partnership admins), in force from its date; outcomes of
// its type achieved since then are re-valued in the same audited transaction.
import "server-only";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { permittedOrRefused } from "./permitted-or-refused";
import type { FormFailure } from "@/lib/forms/form-state";
import { recreditOutcomes } from "./recredit";
import { newLineSchema } from "./schemas";
import { unitCostValuesOf, versionData, type UnitCostValues } from "./unit-cost-values";
import { formFailure, invalid } from "@/lib/forms/failures";

export async function createUnitCostLine(actor: Actor, formData: FormData): Promise<{ ok: true; id: string } | FormFailure<UnitCostValues>> {
  await permittedOrRefused(actor, "admin.unit-cost.create");
  const values = unitCostValuesOf(formData);
  const parsed = newLineSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  return unsafeAsSystem(async (tx) => {
    const type = await tx.outcomeType.findUnique({ where: { id: input.outcomeTypeId }, select: { id: true } });
    if (!type) return formFailure(values, "Choose the outcome from the list", { outcomeTypeId: ["Choose the outcome from the list"] });
    const id = randomUUID();
    await tx.unitCost.create({ data: { id, lineId: randomUUID(), outcomeTypeId: input.outcomeTypeId, ...versionData(input), createdById: actor.userId } });
    const revalued = await recreditOutcomes(tx, { outcomeTypeId: input.outcomeTypeId, achievedOn: { gte: input.effectiveFrom } });
    await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "admin.unit-cost.create", recordType: "UnitCost", recordId: id, details: { revalued } });
    return { ok: true as const, id };
  }, { timeout: 120_000 });
}
