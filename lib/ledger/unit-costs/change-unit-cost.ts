// Changes a unit-cost line from a date: the version in force is closed the day before and a new
// version holds the new values from that date. Values are never edited in place (the database
// refuses it), so earlier periods keep their figures; outcomes achieved from the date on are
// re-valued in the same audited transaction. Ending a line is the same without a new version.
import "server-only";
import { unsafeAsSystem } from "@/lib/db/access-context";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { permittedOrRefused } from "./permitted-or-refused";
import { formatDate } from "@/lib/domain/london-time";
import { isUuid } from "@/lib/domain/uuid";
import { readDateParts, type DatePartsInput } from "@/lib/forms/date-parts";
import type { FormFailure } from "@/lib/forms/form-state";
import { recreditOutcomes } from "./recredit";
import { endLineSchema, unitCostValuesSchema } from "./schemas";
import { unitCostValuesOf, versionData, type UnitCostValues } from "./unit-cost-values";
import { formFailure, invalid } from "@/lib/forms/failures";

const notCurrent = "This version is no longer the one in force: someone else changed the line. Open it again from the table.";

export async function changeUnitCost(actor: Actor, unitCostId: string, formData: FormData): Promise<{ ok: true } | FormFailure<UnitCostValues>> {
  await permittedOrRefused(actor, "admin.unit-cost.change");
  const values = unitCostValuesOf(formData);
  const parsed = unitCostValuesSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  // The bound id names a version, or nothing (the id column would refuse anything else).
  if (!isUuid(unitCostId)) return formFailure(values, notCurrent);
  return unsafeAsSystem(async (tx) => {
    const current = await tx.unitCost.findFirst({ where: { id: unitCostId, effectiveTo: null }, select: { id: true, lineId: true, outcomeTypeId: true, effectiveFrom: true } });
    if (!current) return formFailure(values, notCurrent);
    if (input.effectiveFrom <= current.effectiveFrom) {
      const message = `The date must be after ${formatDate(current.effectiveFrom)}, when the version in force started`;
      return formFailure(values, message, { effectiveFrom: [message] });
    }
    const closed = await tx.unitCost.updateMany({ where: { id: current.id, effectiveTo: null }, data: { effectiveTo: input.effectiveFrom } });
    if (closed.count === 0) return formFailure(values, notCurrent);
    const created = await tx.unitCost.create({ data: { lineId: current.lineId, outcomeTypeId: current.outcomeTypeId, ...versionData(input), createdById: actor.userId }, select: { id: true } });
    const revalued = await recreditOutcomes(tx, { outcomeTypeId: current.outcomeTypeId, achievedOn: { gte: input.effectiveFrom } });
    await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "admin.unit-cost.change", recordType: "UnitCost", recordId: created.id, details: { replaces: current.id, revalued } });
    return { ok: true as const };
  }, { timeout: 120_000 });
}

export type EndValues = { effectiveTo: DatePartsInput };

/** What was typed, as the form gives it back on any failure (an outage too). */
export function endUnitCostValuesOf(formData: FormData): EndValues {
  return { effectiveTo: readDateParts(formData, "effectiveTo") };
}

export async function endUnitCost(actor: Actor, unitCostId: string, formData: FormData): Promise<{ ok: true } | FormFailure<EndValues>> {
  await permittedOrRefused(actor, "admin.unit-cost.end");
  const values = endUnitCostValuesOf(formData);
  const parsed = endLineSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const { effectiveTo } = parsed.data;
  if (!isUuid(unitCostId)) return formFailure(values, notCurrent);
  return unsafeAsSystem(async (tx) => {
    const current = await tx.unitCost.findFirst({ where: { id: unitCostId, effectiveTo: null }, select: { id: true, outcomeTypeId: true, effectiveFrom: true } });
    if (!current) return formFailure(values, notCurrent);
    if (effectiveTo <= current.effectiveFrom) {
      const message = `The date must be after ${formatDate(current.effectiveFrom)}, when the version in force started`;
      return formFailure(values, message, { effectiveTo: [message] });
    }
    await tx.unitCost.update({ where: { id: current.id }, data: { effectiveTo } });
    const revalued = await recreditOutcomes(tx, { outcomeTypeId: current.outcomeTypeId, achievedOn: { gte: effectiveTo } });
    await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "admin.unit-cost.end", recordType: "UnitCost", recordId: current.id, details: { revalued } });
    return { ok: true as const };
  }, { timeout: 120_000 });
}
