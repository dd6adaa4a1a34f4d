import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BudgetForm } from "@/components/budgets/budget-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { createBudgetAction } from "@/lib/budgets/actions";
import { budgetPlaceOptions, requireBudgetActor } from "@/lib/budgets/budget-pages";
import { financialYearLabel, financialYearOf } from "@/lib/domain/financial-year";

export const metadata: Metadata = { title: "Create a pooled budget" };

export default async function NewBudgetPage() {
  const actor = await requireBudgetActor();
  const places = await budgetPlaceOptions(actor);
  if (places.length === 0) notFound();
  const current = financialYearOf(new Date());
  const years = [current - 1, current, current + 1].map((y) => ({ value: String(y), label: financialYearLabel(y) }));
  return (
    <div className="max-w-3xl">
      <BackLink href="/budgets">Back to pooled budgets</BackLink>
      <PageHeading caption="Pooled budgets">Create a budget</PageHeading>
      <BudgetForm action={createBudgetAction} requestId={randomUUID()} places={places} years={years} defaultYear={String(current)} />
    </div>
  );
}
