// Every write to a pooled budget runs here, like case writes in lib/cases/case-transaction.ts:
// one transaction that locks the budget row (so concurrent spends, decisions and contributions
// on one budget queue), decides through the budget policy, writes the audit row, then changes.
// A denied write commits its audit row and changes nothing.
import "server-only";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { decideBudgetAccess, type BudgetAction, type BudgetActor, type BudgetDecision, type BudgetPlace } from "@/lib/access/budget-policy";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/domain/uuid";
import { lockBudget, type LockedBudget } from "./lock-budget";

export type BudgetDenied = { denied: true; decision: BudgetDecision };

export async function inBudgetTransaction<T>(
  actor: BudgetActor,
  budgetId: string,
  action: BudgetAction,
  audit: { recordType?: string; recordId?: string; details?: Prisma.InputJsonValue },
  work: (tx: Tx, budget: LockedBudget) => Promise<T>,
): Promise<T | BudgetDenied> {
  // What the page binds is a budget's id: anything else names no budget, and is answered so
  // without a transaction or an audit row (as a case form's bound case id is).
  if (!isUuid(budgetId)) return { denied: true, decision: { allowed: false, reasons: ["no such budget"] } };
  // Across organisations: a budget's spend lines are the budget holder's to see whatever the case
  // (the budget policy below decides, by place); nothing here reads case content beyond them.
  return unsafeAsSystem(async (tx) => {
    const budget = await lockBudget(tx, budgetId);
    const decision: BudgetDecision = budget
      ? decideBudgetAccess(actor, budget.place, action)
      : { allowed: false, reasons: ["no such budget"] };
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: `budget.${action}`,
      outcome: decision.allowed ? "ALLOWED" : "DENIED",
      recordType: audit.recordType ?? "PooledBudget",
      recordId: audit.recordId ?? budgetId.slice(0, 64),
      reasons: decision.reasons,
      ...(audit.details === undefined ? {} : { details: audit.details }),
    });
    if (!budget || !decision.allowed) return { denied: true as const, decision };
    return work(tx, budget);
  });
}

export function isBudgetDenied(result: unknown): result is BudgetDenied {
  return typeof result === "object" && result !== null && (result as BudgetDenied).denied === true;
}

export const budgetNotFoundMessage = "This budget cannot be found, or you cannot change it.";

export type { BudgetPlace };
