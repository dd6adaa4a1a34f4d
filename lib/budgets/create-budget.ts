// Creates a pooled budget for a neighbourhood or a locality and a financial year: partnership
// admins anywhere, budget holders for their places. Audited; a double submit creates one.
import "server-only";
import { randomUUID } from "node:crypto";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { decideBudgetAccess, type BudgetActor } from "@/lib/access/budget-policy";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { createOnce } from "@/lib/cases/create-once";
import { db } from "@/lib/db";
import type { FormFailure } from "@/lib/forms/form-state";
import { isUniqueViolationOn } from "@/lib/forms/database-errors";
import { textOf } from "@/lib/forms/form-values";
import { createBudgetSchema } from "./schemas";
import { formFailure, invalid } from "@/lib/forms/failures";

export type BudgetValues = { place: string; financialYear: string; name: string; approvalThreshold: string; clientRequestId: string };

/** What was typed, as the form gives it back on any failure (an outage too). */
export function createBudgetValuesOf(formData: FormData): BudgetValues {
  return {
    place: textOf(formData, "place"),
    financialYear: textOf(formData, "financialYear"),
    name: textOf(formData, "name"),
    approvalThreshold: textOf(formData, "approvalThreshold"),
    clientRequestId: textOf(formData, "clientRequestId"),
  };
}

export async function createBudget(actor: BudgetActor, formData: FormData): Promise<{ ok: true; budgetId: string } | FormFailure<BudgetValues>> {
  const values = createBudgetValuesOf(formData);
  const parsed = createBudgetSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const request = {
    table: "PooledBudget",
    actorId: actor.userId,
    values,
    saved: async () => {
      const saved = await db.pooledBudget.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { id: true, createdById: true } });
      return saved && { id: saved.id, savedById: saved.createdById };
    },
  };
  try {
    const result = await createOnce(request, () =>
      unsafeAsSystem(async (tx) => {
        const localityId = input.place.localityId ??
          (await tx.neighbourhood.findUnique({ where: { id: input.place.neighbourhoodId ?? "" }, select: { localityId: true } }))?.localityId;
        if (!localityId || (input.place.localityId && !(await tx.locality.findUnique({ where: { id: localityId }, select: { id: true } })))) {
          return formFailure(values, "Choose the neighbourhood or locality from the list", { place: ["Choose the neighbourhood or locality from the list"] });
        }
        const decision = decideBudgetAccess(actor, { neighbourhoodId: input.place.neighbourhoodId, localityId }, "manage");
        // The audit row names the budget it creates (or would have created), like every create.
        const budgetId = randomUUID();
        await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "budget.create", outcome: decision.allowed ? "ALLOWED" : "DENIED", recordType: "PooledBudget", recordId: budgetId, reasons: decision.reasons, details: { financialYear: input.financialYear } });
        if (!decision.allowed) return formFailure(values, "You cannot create budgets for this place", { place: ["Choose a place whose budgets you hold"] });
        const budget = await tx.pooledBudget.create({
          data: {
            id: budgetId,
            neighbourhoodId: input.place.neighbourhoodId,
            localityId: input.place.localityId,
            name: input.name,
            financialYear: input.financialYear,
            approvalThresholdPence: input.approvalThreshold,
            clientRequestId: input.clientRequestId,
            createdById: actor.userId,
          },
          select: { id: true },
        });
        return { ok: true as const, budgetId: budget.id };
      }),
    );
    if (!result.ok) return result;
    return { ok: true, budgetId: "budgetId" in result ? result.budgetId : result.id };
  } catch (error) {
    if (isUniqueViolationOn(error, "PooledBudget", "neighbourhoodId", "financialYear", "name") || isUniqueViolationOn(error, "PooledBudget", "localityId", "financialYear", "name")) return formFailure(values, "This place already has a budget with that name for that year", { name: ["Use a different name, or add to the existing budget"] });
    throw error;
  }
}
