import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContributionForm } from "@/components/budgets/contribution-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { addContributionAction } from "@/lib/budgets/actions";
import { contributorOptions, requireBudgetActor } from "@/lib/budgets/budget-pages";
import { getBudget } from "@/lib/budgets/queries";

export const metadata: Metadata = { title: "Add a contribution" };

export default async function NewContributionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireBudgetActor();
  const { id } = await params;
  const budget = await getBudget(actor, id);
  if (!budget || !budget.canManage) notFound();
  return (
    <div className="max-w-3xl">
      <BackLink href={`/budgets/${id}`}>Back to the budget</BackLink>
      <PageHeading caption={`${budget.place}: ${budget.name}`}>Add a contribution</PageHeading>
      <ContributionForm action={addContributionAction.bind(null, id)} requestId={randomUUID()} organisations={await contributorOptions()} />
    </div>
  );
}
