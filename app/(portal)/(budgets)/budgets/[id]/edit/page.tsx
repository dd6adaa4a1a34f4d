import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditBudgetForm } from "@/components/budgets/edit-budget-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { updateBudgetAction } from "@/lib/budgets/actions";
import { requireBudgetActor } from "@/lib/budgets/budget-pages";
import { getBudget } from "@/lib/budgets/queries";
import { penceAsPounds } from "@/lib/domain/money";

export const metadata: Metadata = { title: "Change a pooled budget" };

export default async function EditBudgetPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireBudgetActor();
  const { id } = await params;
  const budget = await getBudget(actor, id);
  if (!budget || !budget.canManage) notFound();
  return (
    <div className="max-w-3xl">
      <BackLink href={`/budgets/${id}`}>Back to the budget</BackLink>
      <PageHeading caption={budget.place}>Change the name or approval threshold</PageHeading>
      <EditBudgetForm action={updateBudgetAction.bind(null, id)} initial={{ name: budget.name, approvalThreshold: penceAsPounds(budget.approvalThresholdPence), version: String(budget.version) }} />
    </div>
  );
}
