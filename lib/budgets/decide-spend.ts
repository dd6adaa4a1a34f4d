// A budget holder approves or declines spend above the threshold: once, with a reason when
// declined, never by the person who recorded it. Approval turns the commitment into spend;
// declining releases it. Written with its audit row under the budget's lock.
import "server-only";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { z } from "zod";
import type { BudgetActor } from "@/lib/access/budget-policy";
import { db } from "@/lib/db";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { budgetNotFoundMessage, inBudgetTransaction, isBudgetDenied } from "./budget-transaction";
import { decisionSchema } from "./schemas";
import { formFailure, invalid } from "@/lib/forms/failures";
import { isUuid } from "@/lib/domain/uuid";

export type DecisionValues = { decision: string; reason: string };

/** What was typed, as the form gives it back on any failure (an outage too). */
export function decideSpendValuesOf(formData: FormData): DecisionValues {
  return { decision: textOf(formData, "decision"), reason: textOf(formData, "reason") };
}

export async function decideSpend(actor: BudgetActor, spendId: string, formData: FormData): Promise<{ ok: true; decision: "APPROVED" | "DECLINED" } | FormFailure<DecisionValues>> {
  const values = decideSpendValuesOf(formData);
  const parsed = decisionSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const spend = isUuid(spendId)
    ? await unsafeAsSystem((tx) => tx.budgetSpend.findUnique({ where: { id: spendId }, select: { budgetId: true } }))
    : null;
  if (!spend) return formFailure(values, budgetNotFoundMessage);
  const result = await inBudgetTransaction(actor, spend.budgetId, "decideSpend", { recordType: "BudgetSpend", recordId: spendId, details: { decision: parsed.data.decision } }, async (tx) => {
    const pending = await tx.budgetSpend.findUniqueOrThrow({ where: { id: spendId }, select: { needsApproval: true, recordedById: true, decision: { select: { decision: true } } } });
    if (!pending.needsApproval) return formFailure(values, "This spend did not need approval");
    if (pending.decision) return formFailure(values, `This spend has already been ${pending.decision.decision === "APPROVED" ? "approved" : "declined"}`);
    if (pending.recordedById === actor.userId) return formFailure(values, "You recorded this spend, so another budget holder must decide on it");
    await tx.spendDecision.create({
      data: { spendId, decision: parsed.data.decision, reason: parsed.data.reason || null, decidedById: actor.userId },
    });
    return { ok: true as const, decision: parsed.data.decision };
  });
  return isBudgetDenied(result) ? formFailure(values, budgetNotFoundMessage) : result;
}
