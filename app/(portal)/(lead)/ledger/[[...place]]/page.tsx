// "Who invests and who saves" for the partnership, a locality or a neighbourhood, for a chosen
// period: returns, payback, the money flows between organisations as a chart and tables, cost
// per outcome, outcomes and the monthly trend, each table with its CSV. A place the viewer may
// not see is a 404, like one that does not exist.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/charts/chart-figure";
import { DivergingBarChart } from "@/components/charts/diverging-bar-chart";
import { evidencePackPath, ledgerExportPath, ledgerPath, periodQuery } from "@/components/ledger/ledger-links";
import { InterventionTable, LedgerHeadline, OutcomeTypeTable, PartyTable, PublicValueTable, TrendTable } from "@/components/ledger/ledger-tables";
import { LedgerPeriodForm } from "@/components/ledger/period-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/auth/actor";
import { periodLabel } from "@/lib/domain/period";
import { smallCountMax } from "@/lib/domain/small-number-protection";
import { ledgerPlacesFor, loadLedger } from "@/lib/ledger/queries";

type Props = { params: Promise<{ place?: string[] }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Who invests and who saves" };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function Download({ path, table, period, what }: { path: string; table: string; period: Parameters<typeof ledgerExportPath>[2]; what: string }) {
  return (
    <p className="mb-10">
      <a href={ledgerExportPath(path, table, period)} download>
        Download {what} (CSV)
      </a>
    </p>
  );
}

export default async function LedgerPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const [{ place = [] }, query] = await Promise.all([params, searchParams]);
  if (place.length > 2) notFound();
  const view = await loadLedger(actor, { locality: place[0], neighbourhood: place[1] }, { from: first(query.from), to: first(query.to) });
  if (!view) {
    if (place.length > 0) notFound();
    return <ChoosePlace places={await ledgerPlacesFor(actor)} />;
  }
  const { figures, period } = view;
  const path = view.place.path;
  const dashboard = path ? `/places/${path}` : "/places";
  const chartRows = figures.organisations.filter((r) => r.shareOfSpend.value || r.netBenefit.value || r.netBenefit.value === null);
  return (
    <>
      {view.parents.length > 0 && (
        <nav aria-label="Breadcrumb" className="mb-6">
          <ol className="flex flex-wrap gap-2 text-base">
            {view.parents.map((p, i) => (
              <li key={p.path} className="flex gap-2">
                {i > 0 && <span aria-hidden="true">›</span>}
                <Link href={`${ledgerPath(p.path)}?${periodQuery(period)}`}>{p.path ? p.name : "All localities"}</Link>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <PageHeading caption={view.place.level === "partnership" ? "All localities" : view.place.name}>Who invests and who saves</PageHeading>
      <p className="mb-4 max-w-3xl text-xl">
        What each organisation put into the pooled budgets, what was spent on cases, and the savings and wider value the outcomes achieved
        are worth, by the Greater Manchester cost–benefit method. Figures for {periodLabel(period)}.
      </p>
      <p className="mb-6 max-w-3xl">
        Figures resting on fewer than {smallCountMax + 1} outcomes or spend entries are shown as “&lt;5”, and a figure that would give one away as “[c]”.{" "}
        <Link href="/ledger/method">How these figures are made</Link>.
      </p>
      <LedgerPeriodForm period={period} errors={view.errors} action={ledgerPath(path)} />
      <ul className="mb-10 flex flex-wrap gap-x-6 gap-y-2">
        <li><Link href={`${evidencePackPath(path)}?${periodQuery(period)}`}>Evidence pack for this place and period (printable)</Link></li>
        <li><Link href={dashboard}>Place dashboard</Link></li>
      </ul>

      <section aria-labelledby="returns-heading" className="mb-12">
        <h2 id="returns-heading" className="mb-4 text-3xl font-bold">Returns</h2>
        <LedgerHeadline totals={figures.totals} />
        {figures.totals.paidBack === false && <p className="mb-4 max-w-3xl">The fiscal benefits of the outcomes recorded so far do not yet cover what was spent in the period.</p>}
        <PublicValueTable totals={figures.totals} caption="Costs and benefits in the period" />
        <Download path={path} table="totals" period={period} what="the costs and benefits" />
      </section>

      <section aria-labelledby="flows-heading" className="mb-12">
        <h2 id="flows-heading" className="mb-4 text-3xl font-bold">Who invests and who saves</h2>
        <p className="mb-4 max-w-3xl">
          An organisation’s share of the spend is the spend from each budget in proportion to what it put into that budget. Its net position
          is the net fiscal benefit credited to it less that share: the “wrong pocket” shows as organisations that pay more than they save.
        </p>
        <ChartFigure
          id="flows"
          title="Share of the spend and benefits credited, by organisation"
          chart={
            <DivergingBarChart
              id="flows-chart"
              description={`For each organisation, its share of the spend (left) and the net fiscal benefits credited to it (right), ${periodLabel(period)}.`}
              leftLabel="Share of the spend"
              rightLabel="Net fiscal benefits credited"
              rows={chartRows.map((r) => ({ key: r.key, label: r.name, left: r.shareOfSpend, right: r.netBenefit }))}
            />
          }
          table={<PartyTable rows={figures.organisations} caption="Share of the spend and benefits, by organisation" first="Organisation" />}
        />
        <PartyTable rows={figures.organisations} caption="By organisation" first="Organisation" />
        <Download path={path} table="organisations" period={period} what="the table by organisation" />
        <PartyTable rows={figures.types} caption="By type of organisation" first="Type of organisation" />
        <Download path={path} table="types" period={period} what="the table by type of organisation" />
      </section>

      <section aria-labelledby="interventions-heading" className="mb-12">
        <h2 id="interventions-heading" className="mb-4 text-3xl font-bold">What the spend bought</h2>
        <InterventionTable rows={figures.interventions} />
        <Download path={path} table="interventions" period={period} what="the cost per outcome" />
        <OutcomeTypeTable rows={figures.outcomeTypes} />
        <Download path={path} table="outcomes" period={period} what="the outcomes" />
      </section>

      <section aria-labelledby="trend-heading" className="mb-12">
        <h2 id="trend-heading" className="mb-4 text-3xl font-bold">Trend</h2>
        <TrendTable rows={figures.trend} />
        <Download path={path} table="trend" period={period} what="the month-by-month figures" />
      </section>

      {view.parts.length > 0 && (
        <section aria-labelledby="parts-heading" className="mb-12">
          <h2 id="parts-heading" className="mb-4 text-3xl font-bold">{view.place.level === "partnership" ? "Localities" : "Neighbourhoods"}</h2>
          <ul className="columns-1 sm:columns-2">
            {view.parts.map((p) => (
              <li key={p.path} className="mb-2">
                <Link href={`${ledgerPath(p.path)}?${periodQuery(period)}`}>{p.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function ChoosePlace({ places }: { places: Awaited<ReturnType<typeof ledgerPlacesFor>> }) {
  return (
    <>
      <PageHeading caption="Pooled budgets and outcomes">Who invests and who saves</PageHeading>
      {places.localities.length === 0 ? (
        <p>You do not lead, hold budgets for or work in any place yet.</p>
      ) : (
        <>
          <p className="mb-6 max-w-3xl">Choose a place.</p>
          <ul className="space-y-4">
            {places.localities.map((l) => (
              <li key={l.path}>
                {l.open ? <Link href={ledgerPath(l.path)} className="font-bold">{l.name}</Link> : <span className="font-bold">{l.name}</span>}
                {l.neighbourhoods.length > 0 && (
                  <ul className="mt-2 ml-6 list-disc">
                    {l.neighbourhoods.map((n) => (
                      <li key={n.path}>
                        <Link href={ledgerPath(n.path)}>{n.name}</Link>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
