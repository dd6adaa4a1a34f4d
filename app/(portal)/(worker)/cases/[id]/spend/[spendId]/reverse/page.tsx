import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReversalForm } from "@/components/budgets/reversal-form";
import { CaseFormPage } from "@/components/cases/case-form-page";
import { SummaryList } from "@/components/ui/summary-list";
import { requireActor } from "@/lib/auth/actor";
import { reverseSpendAction } from "@/lib/budgets/actions";
import { getCaseLedger } from "@/lib/budgets/case-ledger";
import { getCaseFormContext } from "@/lib/cases/case-form-context";
import { formatDate } from "@/lib/domain/london-time";
import { formatPence } from "@/lib/domain/money";
import { interventionLabels } from "@/lib/ledger/labels";

export const metadata: Metadata = { title: "Reverse a spend entry" };

export default async function ReverseSpendPage({ params }: { params: Promise<{ id: string; spendId: string }> }) {
  const actor = await requireActor("cases.work");
  const { id, spendId } = await params;
  const context = await getCaseFormContext(actor, id, "reverseSpend");
  const ledger = context && (await getCaseLedger(actor, id));
  const line = ledger?.lines.find((l) => l.id === spendId && l.reversible);
  if (!context || !line) notFound();
  return (
    <CaseFormPage context={context} title="Reverse a spend entry">
      <SummaryList
        rows={[
          { key: "Intervention", value: `${interventionLabels[line.intervention]}: ${line.description}` },
          { key: "Amount", value: formatPence(line.amountPence) },
          { key: "Date", value: formatDate(line.spentOn) },
          { key: "Budget", value: line.budget },
        ]}
      />
      <p className="mb-6 max-w-2xl">A reversal adds an entry of {formatPence(-line.amountPence)} on the same date. Both entries stay on the case and in the budget.</p>
      <ReversalForm action={reverseSpendAction.bind(null, id, spendId)} requestId={randomUUID()} />
    </CaseFormPage>
  );
}
