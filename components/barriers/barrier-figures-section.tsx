// A place's barrier figures on its dashboard: key figures, raised by kind, and the monthly trend
// with its table; small numbers already hidden ("<5", "[c]").
import Link from "next/link";
import { ChartFigure } from "@/components/charts/chart-figure";
import { TrendChart } from "@/components/charts/trend-chart";
import { Table, Td, Th } from "@/components/ui/table";
import type { BarrierFigures } from "@/lib/dashboards/barrier-figures";
import { monthLabel, periodLabel, shortMonthLabel, type Period } from "@/lib/domain/period";

type Props = { figures: BarrierFigures; placeName: string; period: Period; logPath: string; raisePath: string | null; csvPath: string };

export function BarrierFiguresSection({ figures, placeName, period, logPath, raisePath, csvPath }: Props) {
  const key = [
    { label: "Barriers raised", value: figures.raised },
    { label: "Open at the end of the period", value: figures.open },
    { label: "Escalated", value: figures.escalated },
    { label: "Resolved", value: figures.resolved },
    { label: "Median time to resolve", value: figures.medianDaysToResolve },
  ];
  const span = `${monthLabel(figures.trend[0].month)} to ${monthLabel(figures.trend[figures.trend.length - 1].month)}`;
  const title = "Barriers raised and resolved each month";
  return (
    <section aria-labelledby="barriers-heading" className="mb-12">
      <h2 id="barriers-heading" className="mb-2 text-3xl font-bold">
        Barriers
      </h2>
      <p className="mb-4 max-w-3xl">
        Barriers to integrated working raised in {placeName}, {periodLabel(period)}, whatever level they have reached since. Barriers
        have no themes: the theme chosen above does not apply to them.
      </p>
      <p className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <Link href={logPath} className="font-bold">
          Barrier log for {placeName}
        </Link>
        {raisePath && (
          <Link href={raisePath} className="font-bold">
            Raise a barrier here
          </Link>
        )}
      </p>
      <dl className="mb-8 grid grid-cols-1 gap-4 sm:grid-cols-2 md:grid-cols-3 lg:grid-cols-5">
        {key.map((k) => (
          <div key={k.label} className="flex flex-col-reverse justify-end border-t-[5px] border-brand bg-panel p-3">
            <dt className="text-base">{k.label}</dt>
            <dd className="mb-1 text-3xl font-bold">{k.value.display}</dd>
          </div>
        ))}
      </dl>
      <Table caption={<span className="text-lg">Barriers raised by kind, {periodLabel(period)}</span>}>
        <thead>
          <tr>
            <Th scope="col">Kind</Th>
            <Th scope="col" className="text-right">
              Raised
            </Th>
          </tr>
        </thead>
        <tbody>
          {figures.byCategory.map((row) => (
            <tr key={row.key}>
              <Th scope="row" className="font-normal">
                {row.label}
              </Th>
              <Td className="text-right">{row.value.display}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ChartFigure
        id="barrier-trend"
        title={title}
        chart={
          <TrendChart
            id="barrier-trend-chart"
            description={`Line chart: ${title.toLowerCase()}, ${span}. The figures are in the table that follows.`}
            monthLabels={figures.trend.map((t) => shortMonthLabel(t.month))}
            series={[
              { key: "raised", label: "Raised", values: figures.trend.map((t) => t.raised.value) },
              { key: "resolved", label: "Resolved", values: figures.trend.map((t) => t.resolved.value) },
            ]}
          />
        }
        table={
          <Table caption={<span className="text-lg">{`${title}, ${span}`}</span>}>
            <thead>
              <tr>
                <Th scope="col">Month</Th>
                <Th scope="col" className="text-right">
                  Raised
                </Th>
                <Th scope="col" className="text-right">
                  Resolved
                </Th>
              </tr>
            </thead>
            <tbody>
              {figures.trend.map((t) => (
                <tr key={t.month}>
                  <Th scope="row" className="font-normal">
                    {shortMonthLabel(t.month)}
                  </Th>
                  <Td className="text-right">{t.raised.display}</Td>
                  <Td className="text-right">{t.resolved.display}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        }
      >
        <p>
          <a href={csvPath} download>
            Download the barrier figures (CSV)
          </a>
        </p>
      </ChartFigure>
    </section>
  );
}
