// Monthly trends over the months of the chosen period, as charts with their tables. The month
// in progress is in the tables, marked "so far", but left out of the charts: a month a few days
// old would look like a collapse.
import { ChartFigure } from "@/components/charts/chart-figure";
import { TrendChart, type TrendSeries } from "@/components/charts/trend-chart";
import { Table, Td, Th } from "@/components/ui/table";
import type { PlaceDashboard, TrendRow } from "@/lib/dashboards/dashboard-types";
import { monthLabel, shortMonthLabel } from "@/lib/domain/period";
import type { ShownCount } from "@/lib/domain/small-number-protection";
import { ExportLink } from "./export-link";
import { ProtectionKey } from "./protection-key";

type Column = { label: string; value: (t: TrendRow) => ShownCount };

function MonthTable({ caption, trend, columns }: { caption: string; trend: TrendRow[]; columns: Column[] }) {
  return (
    <>
    <Table caption={<span className="text-lg">{caption}</span>}>
      <thead>
        <tr>
          <Th scope="col">Month</Th>
          {columns.map((c) => (
            <Th key={c.label} scope="col" className="text-right">
              {c.label}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {trend.map((t) => (
          <tr key={t.month}>
            <Th scope="row" className="font-normal">
              {shortMonthLabel(t.month)}
              {t.partial && " (so far)"}
            </Th>
            {columns.map((c) => (
              <Td key={c.label} className="text-right">
                {c.value(t).display}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
    <ProtectionKey values={trend.flatMap((t) => columns.map((c) => c.value(t)))} />
    </>
  );
}

const flow: Column[] = [
  { label: "New cases", value: (t) => t.newCases },
  { label: "Closed cases", value: (t) => t.closedCases },
  { label: "Referrals sent", value: (t) => t.referralsSent },
];
const outcomes: Column[] = [{ label: "Outcomes achieved", value: (t) => t.outcomesAchieved }];

const seriesOf = (trend: TrendRow[], columns: Column[]): TrendSeries[] =>
  columns.map((c) => ({ key: c.label, label: c.label, values: trend.map((t) => c.value(t).value) }));

export function TrendSection({ dashboard }: { dashboard: PlaceDashboard }) {
  const { trend, place, filters } = dashboard;
  const span = `${monthLabel(trend[0].month)} to ${monthLabel(trend[trend.length - 1].month)}`;
  const partial = trend.find((t) => t.partial) ?? null;
  const complete = trend.filter((t) => !t.partial);
  const months = complete.map((t) => shortMonthLabel(t.month));
  const charts = [
    { id: "trend-flow", title: "New cases, closed cases and referrals sent each month", columns: flow },
    { id: "trend-outcomes", title: "Outcomes achieved each month", columns: outcomes },
  ];
  return (
    <section aria-labelledby="trends-heading" className="mb-12">
      <h2 id="trends-heading" className="mb-2 text-3xl font-bold">
        Trends
      </h2>
      <p className="mb-6 max-w-3xl">
        Each month from {span}. A gap in a line is a month whose count is not shown.
        {partial && ` ${monthLabel(partial.month)} is still in progress: its counts so far are in the tables, not in the charts.`}
      </p>
      {charts.map((c) => (
        <ChartFigure
          key={c.id}
          id={c.id}
          title={c.title}
          chart={
            <TrendChart
              id={`${c.id}-chart`}
              description={`Line chart: ${c.title.toLowerCase()}, ${span}. The figures are in the table that follows.`}
              monthLabels={months}
              series={seriesOf(complete, c.columns)}
            />
          }
          table={<MonthTable caption={`${c.title}, ${span}`} trend={trend} columns={c.columns} />}
        />
      ))}
      <ExportLink placeHref={place.href} table="trend" filters={filters} what="the monthly figures" />
    </section>
  );
}
