// Reads of pooled budgets for admins and budget holders, and of a case's spend for those who may
// see the case. Lists go through the budget policy's filter; a budget's spend lines through its
// decision (admins: amounts and case references, never what was bought), audited.
import "server-only";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { decideBudgetAccess, decidableBudgetsWhere, visibleBudgetsWhere, type BudgetActor, type BudgetPlace } from "@/lib/access/budget-policy";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { financialYearOf } from "@/lib/domain/financial-year";
import { z } from "zod";
import { isUuid } from "@/lib/domain/uuid";

export type SpendStatus = "SPENT" | "WAITING" | "DECLINED" | "REVERSAL" | "REVERSED";

const placeSelect = {
  neighbourhoodId: true,
  localityId: true,
  neighbourhood: { select: { name: true, localityId: true, locality: { select: { name: true } } } },
  locality: { select: { name: true } },
} as const;

type PlaceFields = {
  neighbourhoodId: string | null;
  localityId: string | null;
  neighbourhood: { name: string; localityId: string; locality: { name: string } } | null;
  locality: { name: string } | null;
};

export function budgetPlaceOf(b: PlaceFields): BudgetPlace & { name: string } {
  return b.neighbourhood
    ? { neighbourhoodId: b.neighbourhoodId, localityId: b.neighbourhood.localityId, name: `${b.neighbourhood.name}, ${b.neighbourhood.locality.name}` }
    : { neighbourhoodId: null, localityId: b.localityId ?? "", name: `${b.locality?.name ?? ""} (whole locality)` };
}

const totals = (b: { contributedPence: bigint; spentPence: bigint; committedPence: bigint }) => ({
  contributedPence: Number(b.contributedPence),
  spentPence: Number(b.spentPence),
  committedPence: Number(b.committedPence),
  availablePence: Number(b.contributedPence - b.spentPence - b.committedPence),
});

export async function listBudgets(actor: BudgetActor, filters: { financialYear?: number } = {}) {
  const budgets = await db.pooledBudget.findMany({
    where: { AND: [visibleBudgetsWhere(actor), filters.financialYear ? { financialYear: filters.financialYear } : {}] },
    orderBy: [{ financialYear: "desc" }, { name: "asc" }],
    take: 500,
    select: { id: true, name: true, financialYear: true, approvalThresholdPence: true, contributedPence: true, spentPence: true, committedPence: true, ...placeSelect },
  });
  return budgets
    .map((b) => ({ id: b.id, name: b.name, financialYear: b.financialYear, approvalThresholdPence: b.approvalThresholdPence, place: budgetPlaceOf(b).name, ...totals(b) }))
    .sort((a, b) => b.financialYear - a.financialYear || a.place.localeCompare(b.place, "en-GB"));
}

function statusOf(s: { needsApproval: boolean; reversesId: string | null; reversedBy: { id: string } | null; decision: { decision: string } | null }): SpendStatus {
  if (s.reversesId) return "REVERSAL";
  if (s.reversedBy) return "REVERSED";
  if (s.needsApproval && !s.decision) return "WAITING";
  if (s.decision?.decision === "DECLINED") return "DECLINED";
  return "SPENT";
}

const spendSelect = {
  id: true,
  intervention: true,
  description: true,
  amountPence: true,
  spentOn: true,
  needsApproval: true,
  reversesId: true,
  reason: true,
  createdAt: true,
  reversedBy: { select: { id: true } },
  decision: { select: { decision: true, reason: true } },
  recordedBy: { select: { name: true } },
  case: { select: { id: true, number: true } },
  budget: { select: { name: true, financialYear: true } },
} as const;

/** One budget with its contributions and spend lines, or null (404) when the actor may not see it. */
export async function getBudget(actor: BudgetActor, budgetId: string) {
  if (!isUuid(budgetId)) return null;
  const budget = await db.pooledBudget.findUnique({
    where: { id: budgetId },
    select: {
      id: true, name: true, financialYear: true, approvalThresholdPence: true, version: true, contributedPence: true, spentPence: true, committedPence: true, ...placeSelect,
      contributions: { orderBy: { contributedOn: "asc" }, select: { id: true, kind: true, amountPence: true, contributedOn: true, description: true, organisation: { select: { name: true } } } },
    },
  });
  if (!budget) return null;
  const place = budgetPlaceOf(budget);
  const view = decideBudgetAccess(actor, place, "view");
  const details = decideBudgetAccess(actor, place, "viewSpendDetails");
  await writeAuditEvent(db, {
    actor: auditActorOf(actor),
    action: "budget.view",
    outcome: view.allowed ? "ALLOWED" : "DENIED",
    recordType: "PooledBudget",
    recordId: budgetId,
    reasons: [...view.reasons, ...(view.allowed && !details.allowed ? details.reasons : [])],
  });
  if (!view.allowed) return null;
  // Across organisations, after the budget policy allowed it: a budget's lines, whatever the case.
  const spends = await unsafeAsSystem((tx) => tx.budgetSpend.findMany({ where: { budgetId }, orderBy: [{ spentOn: "desc" }, { createdAt: "desc" }], take: 500, select: spendSelect }));
  return {
    id: budget.id,
    name: budget.name,
    financialYear: budget.financialYear,
    approvalThresholdPence: budget.approvalThresholdPence,
    version: budget.version,
    place: place.name,
    ...totals(budget),
    canManage: decideBudgetAccess(actor, place, "manage").allowed,
    canDecide: decideBudgetAccess(actor, place, "decideSpend").allowed,
    seesDetails: details.allowed,
    contributions: budget.contributions.map((c) => ({ id: c.id, organisation: c.organisation.name, kind: c.kind, amountPence: c.amountPence, contributedOn: c.contributedOn, description: c.description })),
    spends: spends.map((s) => ({
      id: s.id,
      caseReference: formatCaseReference(s.case.number),
      intervention: s.intervention,
      // What was bought is case content: only for budget holders of the place.
      description: details.allowed ? s.description : null,
      reason: details.allowed ? s.reason : null,
      amountPence: s.amountPence,
      spentOn: s.spentOn,
      status: statusOf(s),
      recordedBy: details.allowed ? s.recordedBy.name : null,
    })),
  };
}

/** Spend above a threshold waiting for this budget holder's decision. */
export async function listPendingApprovals(actor: BudgetActor) {
  // Across organisations, limited by the budget policy's filter to budgets the actor decides on.
  const pending = await unsafeAsSystem((tx) =>
    tx.budgetSpend.findMany({
      where: { needsApproval: true, decision: null, budget: decidableBudgetsWhere(actor) },
      orderBy: { createdAt: "asc" },
      take: 200,
      select: { ...spendSelect, recordedById: true, budget: { select: { id: true, name: true, financialYear: true, ...placeSelect } } },
    }),
  );
  await writeAuditEvent(db, { actor: auditActorOf(actor), action: "budget.approvals", reasons: ["spend waiting for a budget holder of the budget's place"], details: { count: pending.length } });
  return pending.map((s) => ({
    id: s.id,
    caseReference: formatCaseReference(s.case.number),
    intervention: s.intervention,
    description: s.description,
    amountPence: s.amountPence,
    spentOn: s.spentOn,
    recordedBy: s.recordedBy.name,
    recordedByMe: s.recordedById === actor.userId,
    budget: { id: s.budget.id, name: s.budget.name, financialYear: s.budget.financialYear, place: budgetPlaceOf(s.budget).name },
  }));
}

/** The budgets a case's spend may come from: its neighbourhood's and its locality's, newest year first. */
export async function budgetOptionsForCase(caseId: string, today: Date = new Date()) {
  // Only the case's place is read (across organisations): the page asking has authorised the case.
  const place = await unsafeAsSystem((tx) => tx.sharedCase.findUnique({ where: { id: caseId }, select: { neighbourhoodId: true, neighbourhood: { select: { localityId: true } } } }));
  if (!place) return [];
  const budgets = await db.pooledBudget.findMany({
    where: { OR: [{ neighbourhoodId: place.neighbourhoodId }, { localityId: place.neighbourhood.localityId }], financialYear: { gte: financialYearOf(today) - 1 } },
    orderBy: [{ financialYear: "desc" }, { name: "asc" }],
    select: { id: true, name: true, financialYear: true, approvalThresholdPence: true, contributedPence: true, spentPence: true, committedPence: true, ...placeSelect },
  });
  return budgets.map((b) => ({ id: b.id, name: b.name, financialYear: b.financialYear, approvalThresholdPence: b.approvalThresholdPence, place: budgetPlaceOf(b).name, availablePence: totals(b).availablePence }));
}
