// The case page's spend and benefits: each spend line from a pooled budget, with its status, and
// what the case's outcomes were credited, so a case's own costs and benefits can be read in full.
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { CaseLedger } from "@/lib/budgets/case-ledger";
import { formatDate } from "@/lib/domain/london-time";
import { formatPence } from "@/lib/domain/money";
import { benefitKindLabels, interventionLabels } from "@/lib/ledger/labels";
import { SpendStatusTag } from "./spend-status";

const num = "text-right tabular-nums";

export function CaseSpendSection({ caseId, ledger }: { caseId: string; ledger: CaseLedger }) {
  return (
    <section id="spend" aria-labelledby="spend-heading" className="mb-12">
      <h2 id="spend-heading" className="mb-4 text-2xl font-bold">Spend and benefits</h2>
      <p className="mb-4 max-w-3xl">
        Spent on this case from pooled budgets: <b>{formatPence(ledger.costPence)}</b>. Net fiscal benefits credited to partners from its outcomes:{" "}
        <b>{formatPence(ledger.netFiscalPence)}</b> (public value, with economic and social benefits: {formatPence(ledger.netPublicValuePence)}).{" "}
        <Link href="/ledger/method">How these figures are made</Link>.
      </p>
      {ledger.canRecordSpend && (
        <p className="mb-6">
          <Link href={`/cases/${caseId}/spend/new`}>Record spend from a pooled budget</Link>
        </p>
      )}
      <Table caption="Spend on this case">
        <thead>
          <tr>
            <Th scope="col">Date</Th>
            <Th scope="col">Intervention</Th>
            <Th scope="col" className={num}>Amount</Th>
            <Th scope="col">Status</Th>
            <Th scope="col">Budget and who recorded it</Th>
            {ledger.canReverseSpend && <Th scope="col"><span className="sr-only">Correct</span></Th>}
          </tr>
        </thead>
        <tbody>
          {ledger.lines.map((l) => (
            <tr key={l.id}>
              <Td>{formatDate(l.spentOn)}</Td>
              <Td>
                <span className="font-bold">{interventionLabels[l.intervention]}</span>
                <span className="block">{l.description}</span>
                {l.reason && <span className="block text-secondary-ink">Reason: {l.reason}</span>}
              </Td>
              <Td className={num}>{formatPence(l.amountPence)}</Td>
              <Td><SpendStatusTag status={l.status} /></Td>
              <Td>{l.budget}, recorded by {l.recordedBy}</Td>
              {ledger.canReverseSpend && (
                <Td>{l.reversible && <Link href={`/cases/${caseId}/spend/${l.id}/reverse`}>Reverse<span className="sr-only"> the entry of {formatPence(l.amountPence)} on {formatDate(l.spentOn)}</span></Link>}</Td>
              )}
            </tr>
          ))}
          {ledger.lines.length === 0 && (
            <tr><Td colSpan={6}>No spend recorded on this case.</Td></tr>
          )}
        </tbody>
      </Table>
      <Table caption="Benefits credited from this case's outcomes">
        <thead>
          <tr>
            <Th scope="col">Outcome</Th>
            <Th scope="col">Credited to</Th>
            <Th scope="col">Kind</Th>
            <Th scope="col" className={num}>Gross</Th>
            <Th scope="col" className={num}>Net</Th>
          </tr>
        </thead>
        <tbody>
          {ledger.credited.flatMap((o) =>
            (o.credits.length ? o.credits : [null]).map((c, i) => (
              <tr key={c?.id ?? o.outcomeId}>
                <Td>{i === 0 && <>{o.outcome}, {formatDate(o.achievedOn)}</>}</Td>
                <Td>{c ? `${c.beneficiary}${c.shareOf > 1 ? ` (shared between ${c.shareOf})` : ""}` : "No unit cost in force for this outcome"}</Td>
                <Td>{c ? `${benefitKindLabels[c.kind]}, ${c.years} ${c.years === 1 ? "year" : "years"}` : ""}</Td>
                <Td className={num}>{c ? formatPence(c.grossPence) : ""}</Td>
                <Td className={num}>{c ? formatPence(c.netPence) : ""}</Td>
              </tr>
            )),
          )}
          {ledger.credited.length === 0 && (
            <tr><Td colSpan={5}>No outcomes recorded on this case yet.</Td></tr>
          )}
        </tbody>
      </Table>
    </section>
  );
}
