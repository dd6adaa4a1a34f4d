"use server";
// The pooled-budget server actions: public endpoints, each authenticating here and delegating to
// a function that validates, authorises (case policy for spend on a case, budget policy for the
// rest) and writes with its audit row in one transaction.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { caseNotFoundMessage } from "@/lib/cases/denial-message";
import { isUuid } from "@/lib/domain/uuid";
import { formFailure } from "@/lib/forms/failures";
import type { FormState } from "@/lib/forms/form-state";
import { keepingInput } from "@/lib/forms/keeping-input";
import { addContribution, addContributionValuesOf, type ContributionValues } from "./add-contribution";
import { createBudget, createBudgetValuesOf, type BudgetValues } from "./create-budget";
import { decideSpend, decideSpendValuesOf, type DecisionValues } from "./decide-spend";
import { recordSpend, spendValuesOf, type SpendValues } from "./record-spend";
import { reverseSpend, reverseSpendValuesOf, type ReversalValues } from "./reverse-spend";
import { updateBudget, updateBudgetValuesOf, type EditBudgetValues } from "./update-budget";

// The bound case (and spend) ids are parsed first, as a case form's are (lib/cases/actions.ts):
// anything but an id names no case, and is answered so without an audit row.
export async function recordSpendAction(caseId: string, _: FormState<SpendValues>, formData: FormData): Promise<FormState<SpendValues>> {
  if (!isUuid(caseId)) return formFailure(spendValuesOf(formData), caseNotFoundMessage);
  return keepingInput(
    () => spendValuesOf(formData),
    async () => {
      const result = await recordSpend(await requireActor("cases.work"), caseId, formData);
      if (!result.ok) return result;
      revalidatePath(`/cases/${caseId}`);
      redirect(`/cases/${caseId}?saved=${result.needsApproval ? "spend-waiting" : "spend"}#spend`);
    },
  );
}

export async function reverseSpendAction(caseId: string, spendId: string, _: FormState<ReversalValues>, formData: FormData): Promise<FormState<ReversalValues>> {
  if (!isUuid(caseId) || !isUuid(spendId)) return formFailure(reverseSpendValuesOf(formData), caseNotFoundMessage);
  return keepingInput(
    () => reverseSpendValuesOf(formData),
    async () => {
      const result = await reverseSpend(await requireActor("cases.work"), caseId, spendId, formData);
      if (!result.ok) return result;
      revalidatePath(`/cases/${caseId}`);
      redirect(`/cases/${caseId}?saved=spend-reversed#spend`);
    },
  );
}

export async function createBudgetAction(_: FormState<BudgetValues>, formData: FormData): Promise<FormState<BudgetValues>> {
  return keepingInput(
    () => createBudgetValuesOf(formData),
    async () => {
      const result = await createBudget(await requireActor(), formData);
      if (!result.ok) return result;
      revalidatePath("/budgets");
      redirect(`/budgets/${result.budgetId}?done=created`);
    },
  );
}

export async function updateBudgetAction(budgetId: string, _: FormState<EditBudgetValues>, formData: FormData): Promise<FormState<EditBudgetValues>> {
  return keepingInput(
    () => updateBudgetValuesOf(formData),
    async () => {
      const result = await updateBudget(await requireActor(), budgetId, formData);
      if (!result.ok) return result;
      revalidatePath(`/budgets/${budgetId}`);
      redirect(`/budgets/${budgetId}?done=updated`);
    },
  );
}

export async function addContributionAction(budgetId: string, _: FormState<ContributionValues>, formData: FormData): Promise<FormState<ContributionValues>> {
  return keepingInput(
    () => addContributionValuesOf(formData),
    async () => {
      const result = await addContribution(await requireActor(), budgetId, formData);
      if (!result.ok) return result;
      revalidatePath(`/budgets/${budgetId}`);
      redirect(`/budgets/${budgetId}?done=contribution`);
    },
  );
}

export async function decideSpendAction(spendId: string, _: FormState<DecisionValues>, formData: FormData): Promise<FormState<DecisionValues>> {
  return keepingInput(
    () => decideSpendValuesOf(formData),
    async () => {
      const result = await decideSpend(await requireActor("budgets.hold"), spendId, formData);
      if (!result.ok) return result;
      revalidatePath("/budgets/approvals");
      redirect(`/budgets/approvals?done=${result.decision === "APPROVED" ? "approved" : "declined"}`);
    },
  );
}
