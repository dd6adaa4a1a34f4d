// One pooled budget: its totals, who contributed what, and every spend line. Partnership admins
// see amounts and case references only; what was bought and by whom is for the place's budget
// holders (and, on the case, for those who may see the case).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SpendStatusTag } from "@/components/budgets/spend-status";
import { BackLink } from "@/components/ui/back-link";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Table, Td, Th } from "@/components/ui/table";
import { requireBudgetActor } from "@/lib/budgets/budget-pages";
import { getBudget } from "@/lib/budgets/queries";
import { formatDate } from "@/lib/domain/london-time";
import { financialYearLabel } from "@/lib/domain/financial-year";
import { formatPence } from "@/lib/domain/money";
import { contributionKindLabels, interventionLabels } from "@/lib/ledger/labels";

export const metadata: Metadata = { title: "Pooled budget" };

const done: Record<string, string> = { created: "Budget created", updated: "Budget saved", contribution: "Contribution added" };
const num = "text-right tabular-nums";

export default async function BudgetPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireBudgetActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const budget = await getBudget(actor, id);
  if (!budget) notFound();
  return (
    <>
      <BackLink href="/budgets">Back to pooled budgets</BackLink>
      {query.done && done[query.done] && <NotificationBanner>{done[query.done]}</NotificationBanner>}
      <PageHeading caption={`${budget.place} · ${financialYearLabel(budget.financialYear)}`}>{budget.name}</PageHeading>
      <SummaryList
        rows={[
          { key: "Contributed", value: formatPence(budget.contributedPence) },
          { key: "Spent", value: formatPence(budget.spentPence) },
          { key: "Committed (waiting for approval)", value: formatPence(budget.committedPence) },
          { key: "Left to spend", value: formatPence(budget.availablePence) },
          { key: "Approval needed above", value: formatPence(budget.approvalThresholdPence) },
        ]}
      />
      {budget.canManage && (
        <ul className="mb-8 flex flex-wrap gap-x-6 gap-y-2">
          <li><Link href={`/budgets/${id}/contributions/new`}>Add a contribution</Link></li>
          <li><Link href={`/budgets/${id}/edit`}>Change the name or approval threshold</Link></li>
        </ul>
      )}
      <Table caption="Contributions">
        <thead>
          <tr>
            <Th scope="col">Organisation</Th>
            <Th scope="col">Cash or in kind</Th>
            <Th scope="col">Date</Th>
            <Th scope="col" className={num}>Amount</Th>
          </tr>
        </thead>
        <tbody>
          {budget.contributions.map((c) => (
            <tr key={c.id}>
              <Th scope="row" className="font-normal">{c.organisation}</Th>
              <Td>{contributionKindLabels[c.kind]}{c.description && <span className="block text-secondary-ink">{c.description}</span>}</Td>
              <Td>{formatDate(c.contributedOn)}</Td>
              <Td className={num}>{formatPence(c.amountPence)}</Td>
            </tr>
          ))}
          {budget.contributions.length === 0 && <tr><Td colSpan={4}>No contributions yet.</Td></tr>}
        </tbody>
      </Table>
      {!budget.seesDetails && (
        <p className="mb-4 max-w-3xl">You see each spend line’s amount and case reference only: what was bought is case content, for the place’s budget holders and the people working the case.</p>
      )}
      <Table caption={`Spend (${budget.spends.length})`}>
        <thead>
          <tr>
            <Th scope="col">Date</Th>
            <Th scope="col">Case</Th>
            <Th scope="col">Intervention</Th>
            <Th scope="col" className={num}>Amount</Th>
            <Th scope="col">Status</Th>
          </tr>
        </thead>
        <tbody>
          {budget.spends.map((s) => (
            <tr key={s.id}>
              <Td>{formatDate(s.spentOn)}</Td>
              <Td>{s.caseReference}</Td>
              <Td>
                {interventionLabels[s.intervention]}
                {s.description && <span className="block text-secondary-ink">{s.description}{s.recordedBy && ` (recorded by ${s.recordedBy})`}</span>}
                {s.reason && <span className="block text-secondary-ink">Reason: {s.reason}</span>}
              </Td>
              <Td className={num}>{formatPence(s.amountPence)}</Td>
              <Td><SpendStatusTag status={s.status} /></Td>
            </tr>
          ))}
          {budget.spends.length === 0 && <tr><Td colSpan={5}>No spend yet.</Td></tr>}
        </tbody>
      </Table>
    </>
  );
}
