// The unit-cost table: what each outcome is worth, to whom, for how long and with which
// adjustments, as in force on a day (today by default) or every version with its dates.
import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/domain/london-time";
import { formatBasisPoints, formatPence } from "@/lib/domain/money";
import { listUnitCosts } from "@/lib/ledger/unit-costs/queries";

export const metadata: Metadata = { title: "Unit costs" };

const done: Record<string, string> = { created: "Unit-cost line added; outcomes since its date re-valued", changed: "New version saved; outcomes from its date re-valued", ended: "Line ended; outcomes from that date re-valued" };

export default async function UnitCostsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor("admin.manage");
  const query = await searchParams;
  const all = query.all === "1";
  const rows = await listUnitCosts(actor, { all });
  return (
    <>
      {query.done && done[query.done] && <NotificationBanner>{done[query.done]}</NotificationBanner>}
      <PageHeading caption="Partnership administration">Unit costs</PageHeading>
      <p className="mb-4 max-w-3xl">
        What each outcome recorded on a case is worth, by the Greater Manchester cost–benefit method: the fiscal value to the organisation
        that saves, economic and social value, how many years it lasts, and the corrections for deadweight, attribution and optimism bias.
        A change applies from a date, so figures for earlier periods stay as they were. <Link href="/ledger/method">How these figures are made</Link>.
      </p>
      <ul className="mb-8 flex flex-wrap items-center gap-x-6 gap-y-2">
        <li><ButtonLink href="/admin/unit-costs/new" variant="primary">Add a line</ButtonLink></li>
        <li><Link href="/admin/unit-costs/import">Import from CSV</Link></li>
        <li><a href="/api/admin/unit-costs/export" download>Download every version (CSV)</a></li>
        <li><Link href="/admin/beneficiaries">Who receives each place’s benefits</Link></li>
        <li>{all ? <Link href="/admin/unit-costs">Show the lines in force today</Link> : <Link href="/admin/unit-costs?all=1">Show every version, with its dates</Link>}</li>
      </ul>
      <Table caption={all ? `Every version (${rows.length})` : `In force today (${rows.length})`}>
        <thead>
          <tr>
            <Th scope="col">Outcome and beneficiary</Th>
            <Th scope="col" className="text-right">Per year: fiscal, economic, social</Th>
            <Th scope="col">Years</Th>
            <Th scope="col">Deadweight, attribution, optimism bias (grade)</Th>
            <Th scope="col">Applies</Th>
            <Th scope="col"><span className="sr-only">Change</span></Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <Th scope="row" className="font-normal">
                <span className="font-bold">{r.outcomeType.name}</span>
                <span className="block">{r.beneficiary}</span>
                <span className="block text-sm text-secondary-ink">{r.source}, {r.priceYear} prices</span>
              </Th>
              <Td className="text-right tabular-nums">{formatPence(r.fiscalPencePerYear)}<br />{formatPence(r.economicPencePerYear)}<br />{formatPence(r.socialPencePerYear)}</Td>
              <Td>{r.years}</Td>
              <Td>{formatBasisPoints(r.deadweightBasisPoints)}%, {formatBasisPoints(r.attributionBasisPoints)}%, {formatBasisPoints(r.optimismBiasBasisPoints)}% ({r.confidenceGrade})</Td>
              <Td>from {formatDate(r.effectiveFrom)}{r.effectiveTo && <> to before {formatDate(r.effectiveTo)}</>}</Td>
              <Td>{!r.effectiveTo && <Link href={`/admin/unit-costs/${r.id}/change`}>Change<span className="sr-only"> {r.outcomeType.name}, {r.beneficiary}</span></Link>}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
