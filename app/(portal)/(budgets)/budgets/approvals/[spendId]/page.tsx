import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DecisionForm } from "@/components/budgets/decision-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { requireActor } from "@/lib/auth/actor";
import { decideSpendAction } from "@/lib/budgets/actions";
import { listPendingApprovals } from "@/lib/budgets/queries";
import { formatDate } from "@/lib/domain/london-time";
import { formatPence } from "@/lib/domain/money";
import { interventionLabels } from "@/lib/ledger/labels";

export const metadata: Metadata = { title: "Decide on spend" };

export default async function DecideSpendPage({ params }: { params: Promise<{ spendId: string }> }) {
  const actor = await requireActor("budgets.hold");
  const { spendId } = await params;
  const spend = (await listPendingApprovals(actor)).find((p) => p.id === spendId && !p.recordedByMe);
  if (!spend) notFound();
  return (
    <div className="max-w-3xl">
      <BackLink href="/budgets/approvals">Back to spend waiting for approval</BackLink>
      <PageHeading caption={spend.caseReference}>Decide on spend of {formatPence(spend.amountPence)}</PageHeading>
      <SummaryList
        rows={[
          { key: "Intervention", value: interventionLabels[spend.intervention] },
          { key: "What was bought", value: spend.description },
          { key: "Date", value: formatDate(spend.spentOn) },
          { key: "Recorded by", value: spend.recordedBy },
          { key: "Budget", value: `${spend.budget.place}: ${spend.budget.name}` },
        ]}
      />
      <DecisionForm action={decideSpendAction.bind(null, spendId)} />
    </div>
  );
}
