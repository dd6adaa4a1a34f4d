// The evidence pack: one printable page (A4, no navigation when printed) per place and period
// that a lead can take to a board or attach to a grant bid — outcomes achieved, investment and
// benefits by partner, returns and payback, with the method and its caveats.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LedgerHeadline, OutcomeTypeTable, PartyTable, PublicValueTable } from "@/components/ledger/ledger-tables";
import { MethodSummary } from "@/components/ledger/method";
import { requireActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/domain/london-time";
import { periodLabel } from "@/lib/domain/period";
import { loadLedger } from "@/lib/ledger/queries";
import "./print.css";

type Props = { params: Promise<{ place?: string[] }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Evidence pack" };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function EvidencePackPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const [{ place = [] }, query] = await Promise.all([params, searchParams]);
  if (place.length > 2) notFound();
  const view = await loadLedger(actor, { locality: place[0], neighbourhood: place[1] }, { from: first(query.from), to: first(query.to) });
  if (!view) notFound();
  const { figures, period } = view;
  const name = view.place.level === "partnership" ? "All localities of the partnership" : view.place.name;
  return (
    <article className="evidence-pack mx-auto max-w-4xl">
      <p className="mb-6 print:hidden">
        Print this page, or save it as PDF from your browser’s print menu: it fits A4 and leaves the menus out.
      </p>
      <header className="mb-8 border-b-[5px] border-brand pb-4">
        <p className="text-xl text-secondary-ink">Evidence pack · pooled budgets and outcomes</p>
        <h1 className="text-4xl font-bold">{name}</h1>
        <p className="mt-2 text-xl">{periodLabel(period)}. Prepared on {formatDate(new Date())} from Golden Thread.</p>
      </header>
      <section aria-labelledby="ep-returns" className="mb-8 break-inside-avoid">
        <h2 id="ep-returns" className="mb-4 text-2xl font-bold">Returns and payback</h2>
        <LedgerHeadline totals={figures.totals} />
        <PublicValueTable totals={figures.totals} caption="Costs and benefits" />
      </section>
      <section aria-labelledby="ep-outcomes" className="mb-8 break-inside-avoid">
        <h2 id="ep-outcomes" className="mb-4 text-2xl font-bold">Outcomes achieved</h2>
        <OutcomeTypeTable rows={figures.outcomeTypes} caption="Outcomes recorded and valued, by type" />
      </section>
      <section aria-labelledby="ep-partners" className="mb-8">
        <h2 id="ep-partners" className="mb-4 text-2xl font-bold">Investment and benefits by partner</h2>
        <PartyTable rows={figures.organisations} caption="By organisation" first="Organisation" />
        <PartyTable rows={figures.types} caption="By type of organisation" first="Type of organisation" />
      </section>
      <section aria-labelledby="ep-method" className="break-before-page">
        <h2 id="ep-method" className="mb-4 text-2xl font-bold">Method and caveats</h2>
        <MethodSummary />
      </section>
    </article>
  );
}
