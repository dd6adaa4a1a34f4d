// Who may do what with a pooled budget, with reasons (the budget twin of case-policy.ts), and the
// same rule as a Prisma filter for lists. Partnership admins see and manage every budget but
// only amounts and case references; a budget holder sees, manages and decides on the budgets of
// the places their role names (a locality covers its neighbourhoods). Spend on a case is a case
// action (recordSpend), decided by the case policy.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

export const budgetActions = ["view", "viewSpendDetails", "manage", "decideSpend"] as const;
export type BudgetAction = (typeof budgetActions)[number];

export type BudgetActor = {
  userId: string;
  organisation: { id: string };
  roles: readonly Role[];
  scopes: readonly { role: Role; localityId: string | null; neighbourhoodId: string | null }[];
};

/** Where a budget belongs: a neighbourhood (and its locality) or a locality. */
export type BudgetPlace = { neighbourhoodId: string | null; localityId: string };

export type BudgetDecision = { allowed: boolean; reasons: string[] };

function holderCovers(actor: BudgetActor, place: BudgetPlace): string | null {
  for (const scope of actor.scopes) {
    if (scope.role !== "BUDGET_HOLDER") continue;
    if (scope.localityId === place.localityId) return "they hold the budgets of the budget's locality";
    if (place.neighbourhoodId && scope.neighbourhoodId === place.neighbourhoodId) return "they hold the budgets of the budget's neighbourhood";
  }
  return null;
}

export function decideBudgetAccess(actor: BudgetActor, place: BudgetPlace, action: BudgetAction): BudgetDecision {
  const holds = holderCovers(actor, place);
  if (holds) return { allowed: true, reasons: [holds] };
  if (actor.roles.includes("PARTNERSHIP_ADMIN")) {
    if (action === "view" || action === "manage") return { allowed: true, reasons: ["partnership admins manage every pooled budget"] };
    return {
      allowed: false,
      reasons: [
        action === "viewSpendDetails"
          ? "partnership admins see amounts and case references only, never case content"
          : "only a budget holder of the budget's place decides on spend",
      ],
    };
  }
  return { allowed: false, reasons: ["the user holds no budget of this place"] };
}

const nothing: Prisma.PooledBudgetWhereInput = { id: { in: [] } };

/** Budgets the actor may see ("view"), as a filter. */
export function visibleBudgetsWhere(actor: BudgetActor): Prisma.PooledBudgetWhereInput {
  if (actor.roles.includes("PARTNERSHIP_ADMIN")) return {};
  const held = actor.scopes.filter((s) => s.role === "BUDGET_HOLDER");
  const localityIds = held.flatMap((s) => (s.localityId ? [s.localityId] : []));
  const neighbourhoodIds = held.flatMap((s) => (s.neighbourhoodId ? [s.neighbourhoodId] : []));
  if (localityIds.length === 0 && neighbourhoodIds.length === 0) return nothing;
  return {
    OR: [
      { localityId: { in: localityIds } },
      { neighbourhood: { localityId: { in: localityIds } } },
      { neighbourhoodId: { in: neighbourhoodIds } },
    ],
  };
}

/** Budgets whose spend the actor may decide on. */
export function decidableBudgetsWhere(actor: BudgetActor): Prisma.PooledBudgetWhereInput {
  return visibleBudgetsWhere({ ...actor, roles: actor.roles.filter((r) => r !== "PARTNERSHIP_ADMIN") });
}
