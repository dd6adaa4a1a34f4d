import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SpendForm } from "@/components/budgets/spend-form";
import { CaseFormPage } from "@/components/cases/case-form-page";
import { requireActor } from "@/lib/auth/actor";
import { recordSpendAction } from "@/lib/budgets/actions";
import { budgetOptionsForCase } from "@/lib/budgets/queries";
import { getCaseFormContext } from "@/lib/cases/case-form-context";
import { financialYearLabel } from "@/lib/domain/financial-year";
import { formatPence } from "@/lib/domain/money";
import { interventionLabels } from "@/lib/ledger/labels";

export const metadata: Metadata = { title: "Record spend from a pooled budget" };

export default async function NewSpendPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("cases.work");
  const { id } = await params;
  const context = await getCaseFormContext(actor, id, "recordSpend");
  if (!context) notFound();
  const budgets = await budgetOptionsForCase(id);
  return (
    <CaseFormPage context={context} title="Record spend from a pooled budget">
      {budgets.length === 0 ? (
        <p>There is no pooled budget for this case’s neighbourhood or locality this year. Ask your budget holder to set one up.</p>
      ) : (
        <>
          <p className="mb-6 max-w-2xl">
            Spend above a budget’s approval threshold is held until a budget holder approves it. Entries cannot be changed afterwards: a
            mistake is put right by reversing the entry.
          </p>
          <SpendForm
            action={recordSpendAction.bind(null, id)}
            requestId={randomUUID()}
            budgets={budgets.map((b) => ({ value: b.id, label: `${b.place}: ${b.name}, ${financialYearLabel(b.financialYear)} (${formatPence(b.availablePence)} left; approval above ${formatPence(b.approvalThresholdPence)})` }))}
            interventions={Object.entries(interventionLabels).map(([value, label]) => ({ value, label }))}
          />
        </>
      )}
    </CaseFormPage>
  );
}
