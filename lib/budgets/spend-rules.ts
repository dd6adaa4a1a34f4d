// The checks a spend must pass against the budget it comes from, once the budget is locked:
// the budget belongs to the case's place, the date falls in its financial year, and it has
// enough left. Pure, so the messages are tested on their own.
import { financialYearEnd, financialYearLabel, financialYearStart } from "@/lib/domain/financial-year";
import { formatDate } from "@/lib/domain/london-time";
import { formatPence } from "@/lib/domain/money";
import type { BudgetPlace } from "@/lib/access/budget-policy";

export type SpendProblem = { field: "budgetId" | "spentOn" | "amount"; message: string };

export function spendProblem(
  budget: { place: BudgetPlace; financialYear: number; availablePence: number },
  casePlace: { neighbourhoodId: string; localityId: string },
  spend: { amountPence: number; spentOn: Date },
): SpendProblem | null {
  const samePlace =
    budget.place.neighbourhoodId === casePlace.neighbourhoodId ||
    (budget.place.neighbourhoodId === null && budget.place.localityId === casePlace.localityId);
  if (!samePlace) return { field: "budgetId", message: "Choose a budget of the case's neighbourhood or locality" };
  const start = financialYearStart(budget.financialYear);
  const end = financialYearEnd(budget.financialYear);
  if (spend.spentOn < start || spend.spentOn > end) {
    return {
      field: "spentOn",
      message: `The date must be in the budget's financial year, ${financialYearLabel(budget.financialYear)} (${formatDate(start)} to ${formatDate(end)})`,
    };
  }
  if (spend.amountPence > budget.availablePence) {
    return {
      field: "amount",
      message:
        budget.availablePence > 0
          ? `There is not enough left in this budget: ${formatPence(budget.availablePence)} is available`
          : "There is nothing left in this budget to spend",
    };
  }
  return null;
}
