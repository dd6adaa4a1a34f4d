// A budget holder's inbox: spend above a threshold waiting for their decision, oldest first.
import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/actor";
import { listPendingApprovals } from "@/lib/budgets/queries";
import { formatDate } from "@/lib/domain/london-time";
import { formatPence } from "@/lib/domain/money";
import { interventionLabels } from "@/lib/ledger/labels";

export const metadata: Metadata = { title: "Spend waiting for approval" };

export default async function ApprovalsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor("budgets.hold");
  const [pending, query] = await Promise.all([listPendingApprovals(actor), searchParams]);
  return (
    <>
      <BackLink href="/budgets">Back to pooled budgets</BackLink>
      {query.done && <NotificationBanner>{query.done === "approved" ? "Spend approved" : "Spend declined: the worker sees your reason on the case"}</NotificationBanner>}
      <PageHeading caption="Pooled budgets">Spend waiting for approval</PageHeading>
      <Table caption={`Waiting (${pending.length})`}>
        <thead>
          <tr>
            <Th scope="col">Recorded</Th>
            <Th scope="col">Case and intervention</Th>
            <Th scope="col">Budget</Th>
            <Th scope="col" className="text-right">Amount</Th>
            <Th scope="col"><span className="sr-only">Decide</span></Th>
          </tr>
        </thead>
        <tbody>
          {pending.map((p) => (
            <tr key={p.id}>
              <Td>{formatDate(p.spentOn)}<span className="block text-secondary-ink">by {p.recordedBy}</span></Td>
              <Td>{p.caseReference}: {interventionLabels[p.intervention]}<span className="block text-secondary-ink">{p.description}</span></Td>
              <Td>{p.budget.place}</Td>
              <Td className="text-right tabular-nums">{formatPence(p.amountPence)}</Td>
              <Td>{p.recordedByMe ? "You recorded this" : <Link href={`/budgets/approvals/${p.id}`}>Decide<span className="sr-only"> on {p.caseReference}, {formatPence(p.amountPence)}</span></Link>}</Td>
            </tr>
          ))}
          {pending.length === 0 && <tr><Td colSpan={5}>Nothing is waiting for your decision.</Td></tr>}
        </tbody>
      </Table>
    </>
  );
}
