// Breakdowns for the period: cases by theme and the themes that go together, referrals and why
// they were declined, outcomes achieved by type. Each chart has its table and its export.
import { BarChart } from "@/components/charts/bar-chart";
import { ChartFigure } from "@/components/charts/chart-figure";
import type { BreakdownRow, PlaceDashboard } from "@/lib/dashboards/dashboard-types";
import { BreakdownTable } from "./breakdown-table";
import { ExportLink } from "./export-link";
import { ProtectionKey } from "./protection-key";

const bars = (rows: BreakdownRow[]) =>
  rows.map((r) => ({ key: r.key, label: r.label, values: [r.value, ...(r.second ? [r.second] : [])] }));

function Empty({ children }: { children: string }) {
  return <p className="mb-8">{children}</p>;
}

export function ThemesSection({ dashboard }: { dashboard: PlaceDashboard }) {
  const { themeBreakdown, themePairs, place, filters } = dashboard;
  if (!themeBreakdown || !themePairs) return null;
  const chosen = filters.theme;
  return (
    <section aria-labelledby="themes-heading" className="mb-12">
      <h2 id="themes-heading" className="mb-2 text-3xl font-bold">
        Themes
      </h2>
      <p className="mb-6 max-w-3xl">
        {chosen
          ? `Cases with ${chosen.name.toLowerCase()} among their needs, by every theme they have. A case with several themes counts once for each.`
          : "A case with several themes counts once for each."}
      </p>
      <ChartFigure
        id="themes"
        title="Cases by theme"
        chart={<><BarChart
            id="themes-chart"
            description="Bar chart of new cases in the period and open cases at its end, by theme. The figures are in the table that follows."
            seriesLabels={["New cases in the period", "Open cases at the end"]}
            rows={bars(themeBreakdown)} /><ProtectionKey values={themeBreakdown.flatMap((r) => [r.value, r.second])} /></>}
        table={<BreakdownTable caption="Cases by theme" headings={["Theme", "New cases", "Open cases at the end"]} rows={themeBreakdown} />}
      >
        <ExportLink placeHref={place.href} table="themes" filters={filters} what="cases by theme" />
      </ChartFigure>
      <h3 className="mb-3 text-xl font-bold">{chosen ? `Themes most often alongside ${chosen.name.toLowerCase()}` : "Themes that most often go together"}</h3>
      {themePairs.length === 0 ? (
        <Empty>No new case in the period had more than one theme.</Empty>
      ) : (
        <>
          <BreakdownTable
            caption={chosen ? `New cases with ${chosen.name.toLowerCase()} and another theme` : "New cases with both themes of a pair"}
            headings={[chosen ? "Theme" : "Pair of themes", "New cases"]}
            rows={themePairs}
          />
          <ExportLink placeHref={place.href} table="theme-pairs" filters={filters} what="the pairs of themes" />
        </>
      )}
    </section>
  );
}

export function ReferralsSection({ dashboard }: { dashboard: PlaceDashboard }) {
  const { referralStatuses, declineReasons, place, filters } = dashboard;
  return (
    <section aria-labelledby="referrals-heading" className="mb-12">
      <h2 id="referrals-heading" className="mb-2 text-3xl font-bold">
        Referrals
      </h2>
      <p className="mb-6 max-w-3xl">Referrals between organisations sent in the period, by what has happened to them since.</p>
      <BreakdownTable caption="Referrals sent in the period" headings={["Referrals", "Number"]} rows={referralStatuses} />
      <ExportLink placeHref={place.href} table="referrals" filters={filters} what="the referrals table" />
      {declineReasons &&
        (declineReasons.length === 0 ? (
          <Empty>No referral sent in the period was declined.</Empty>
        ) : (
          <ChartFigure
            id="decline-reasons"
            title="Why referrals were declined"
            chart={<><BarChart id="decline-chart" description="Bar chart of declined referrals by reason. The figures are in the table that follows." seriesLabels={["Referrals declined"]} rows={bars(declineReasons)} /><ProtectionKey values={declineReasons.flatMap((r) => [r.value, r.second])} /></>}
            table={<BreakdownTable caption="Referrals declined, by reason" headings={["Reason", "Referrals"]} rows={declineReasons} />}
          >
            <ExportLink placeHref={place.href} table="decline-reasons" filters={filters} what="the reasons" />
          </ChartFigure>
        ))}
    </section>
  );
}

export function OutcomesSection({ dashboard }: { dashboard: PlaceDashboard }) {
  const { outcomeTypes, place, filters } = dashboard;
  if (!outcomeTypes) return null;
  return (
    <section aria-labelledby="outcomes-heading" className="mb-12">
      <h2 id="outcomes-heading" className="mb-2 text-3xl font-bold">
        Outcomes
      </h2>
      {outcomeTypes.length === 0 ? (
        <Empty>No outcome was recorded as achieved in the period.</Empty>
      ) : (
        <ChartFigure
          id="outcomes"
          title="Outcomes achieved, by type"
          chart={<><BarChart id="outcomes-chart" description="Bar chart of outcomes achieved in the period, by type. The figures are in the table that follows." seriesLabels={["Outcomes achieved"]} rows={bars(outcomeTypes)} /><ProtectionKey values={outcomeTypes.flatMap((r) => [r.value, r.second])} /></>}
          table={<BreakdownTable caption="Outcomes achieved, by type" headings={["Outcome", "Outcomes achieved"]} rows={outcomeTypes} />}
        >
          <ExportLink placeHref={place.href} table="outcomes" filters={filters} what="outcomes by type" />
        </ChartFigure>
      )}
    </section>
  );
}
