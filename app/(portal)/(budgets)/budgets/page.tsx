// Pooled budgets: every budget for partnership admins, the budgets of their places for budget
// holders, with what each holds, has spent, has committed and has left.
import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
import { budgetPlaceOptions, requireBudgetActor } from "@/lib/budgets/budget-pages";
import { listBudgets, listPendingApprovals } from "@/lib/budgets/queries";
import { financialYearLabel } from "@/lib/domain/financial-year";
import { formatPounds } from "@/lib/domain/money";

export const metadata: Metadata = { title: "Pooled budgets" };

const num = "text-right tabular-nums";

export default async function BudgetsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireBudgetActor();
  const query = await searchParams;
  const year = Number(query.year) || undefined;
  const [budgets, pending, places] = await Promise.all([
    listBudgets(actor, { financialYear: year }),
    actor.roles.includes("BUDGET_HOLDER") ? listPendingApprovals(actor) : Promise.resolve([]),
    budgetPlaceOptions(actor),
  ]);
  const years = [...new Set(budgets.map((b) => b.financialYear))];
  return (
    <>
      {query.done === "approved" && <NotificationBanner>Spend approved</NotificationBanner>}
      <PageHeading caption="Shared financial resource">Pooled budgets</PageHeading>
      <p className="mb-6 max-w-3xl">
        Budgets that partners pool for a neighbourhood or a locality, for one financial year (April to March). Spend is recorded on cases;
        spend above a budget’s threshold waits for a budget holder. Amounts are shown rounded to the pound.
      </p>
      <ul className="mb-8 flex flex-wrap gap-x-6 gap-y-2">
        {places.length > 0 && <li><ButtonLink href="/budgets/new" variant="primary">Create a budget</ButtonLink></li>}
        {actor.roles.includes("BUDGET_HOLDER") && (
          <li className="self-center"><Link href="/budgets/approvals">Spend waiting for your approval ({pending.length})</Link></li>
        )}
        <li className="self-center"><Link href="/ledger">Who invests and who saves</Link></li>
      </ul>
      {years.length > 1 && !year && (
        <p className="mb-4">Financial years: {years.map((y, i) => <span key={y}>{i > 0 && ", "}<Link href={`/budgets?year=${y}`}>{financialYearLabel(y)}</Link></span>)}</p>
      )}
      {year && <p className="mb-4"><Link href="/budgets">Show every financial year</Link></p>}
      <Table caption={`Budgets (${budgets.length})`}>
        <thead>
          <tr>
            <Th scope="col">Place and budget</Th>
            <Th scope="col">Year</Th>
            <Th scope="col" className={num}>Contributed</Th>
            <Th scope="col" className={num}>Spent</Th>
            <Th scope="col" className={num}>Committed</Th>
            <Th scope="col" className={num}>Left</Th>
          </tr>
        </thead>
        <tbody>
          {budgets.map((b) => (
            <tr key={b.id}>
              <Th scope="row" className="font-normal">
                <Link href={`/budgets/${b.id}`}>{b.place}</Link>
                <span className="block text-secondary-ink">{b.name}</span>
              </Th>
              <Td>{financialYearLabel(b.financialYear)}</Td>
              <Td className={num}>{formatPounds(b.contributedPence)}</Td>
              <Td className={num}>{formatPounds(b.spentPence)}</Td>
              <Td className={num}>{formatPounds(b.committedPence)}</Td>
              <Td className={num}>{formatPounds(b.availablePence)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {budgets.length === 0 && <p>No budgets yet.</p>}
    </>
  );
}
