// One place's dashboard, the same at every level: an overview first (key figures, then the map
// and comparison where the place has parts), then contents leading to the detailed sections
// (trends and breakdowns), each table with its CSV download.
import { PageHeading } from "@/components/ui/page-heading";
import type { SortDirection, SortKey } from "@/lib/dashboards/comparison";
import type { PlaceDashboard } from "@/lib/dashboards/dashboard-types";
import { periodLabel } from "@/lib/domain/period";
import type { NeighbourhoodShape } from "@/lib/places/queries";
import { AboutFigures } from "./about-figures";
import { BarrierSection } from "./barrier-section";
import { Breadcrumbs } from "./breadcrumbs";
import { OutcomesSection, ReferralsSection, ThemesSection } from "./breakdown-sections";
import { ComparisonTable } from "./comparison-table";
import { ExportLink } from "./export-link";
import { HeadlineFigures } from "./headline-figures";
import { BackToContents, PageContents, type ContentsEntry } from "./page-contents";
import { PeriodForm } from "./period-form";
import { PlaceMap } from "./place-map";
import { TrendSection } from "./trend-section";
import { LedgerDashboardLink } from "@/components/ledger/ledger-dashboard-link";

type Props = {
  dashboard: PlaceDashboard;
  sort: { key: SortKey; direction: SortDirection };
  shapes: NeighbourhoodShape[];
  caption: string;
};

export function DashboardView({ dashboard, sort, shapes, caption }: Props) {
  const { place, filters, comparison, mapRows } = dashboard;
  const scope = `${periodLabel(filters.period)}, ${filters.theme ? `cases with ${filters.theme.name.toLowerCase()}` : "all themes"}`;
  const partnership = place.level === "partnership";
  const units = comparison?.unit === "locality" ? "localities" : "neighbourhoods";
  const contents: ContentsEntry[] = [
    { href: "#figures-heading", label: "Key figures" },
    ...(mapRows ? [{ href: "#map-heading", label: "Map" }] : []),
    ...(comparison ? [{ href: "#compare-heading", label: `Compare ${units}` }] : []),
    { href: "#trends-heading", label: "Trends" },
    ...(partnership ? [] : [{ href: "#themes-heading", label: "Themes" }]),
    { href: "#referrals-heading", label: "Referrals" },
    ...(partnership ? [] : [{ href: "#outcomes-heading", label: "Outcomes" }]),
    { href: "#about-figures", label: "How these figures are made" },
  ];
  return (
    <>
      <Breadcrumbs parents={dashboard.parents} />
      <PageHeading caption={caption}>{place.level === "partnership" ? "All places" : place.name}</PageHeading>
      <p className="mb-6 text-xl">
        {place.population.toLocaleString("en-GB")} residents. Figures for {scope}.
      </p>
      <PeriodForm filters={filters} themes={dashboard.themes} action={place.href} sort={sort} />
      <PageContents entries={contents} />
      <LedgerDashboardLink placeHref={place.href} period={filters.period} />

      <section aria-labelledby="figures-heading" className="mb-12">
        <h2 id="figures-heading" className="mb-4 text-3xl font-bold">
          Key figures
        </h2>
        <HeadlineFigures figures={dashboard.figures} />
        <ExportLink placeHref={place.href} table="figures" filters={filters} what="the key figures" />
      </section>

      {mapRows && <PlaceMap rows={mapRows} shapes={shapes} sortKey={sort.key} labelAreas={place.level === "locality"} outlineLocalities={partnership} />}
      {comparison && (
        <section aria-labelledby="compare-heading" className="mb-12">
          <h2 id="compare-heading" className="mb-2 text-3xl font-bold">
            Compare {units}
          </h2>
          <p className="mb-4 max-w-3xl">Select a column heading to rank the {units} by it; the map shades the same figure.</p>
          <ComparisonTable comparison={comparison} filters={filters} sort={sort} action={place.href} />
          <ExportLink placeHref={place.href} table="comparison" filters={filters} what="the comparison table" />
        </section>
      )}

      <TrendSection dashboard={dashboard} />
      <BackToContents />
      {partnership ? (
        <p className="mb-12 max-w-3xl">Figures by theme, by reason a referral was declined and by type of outcome are on each locality’s page.</p>
      ) : (
        <>
          <ThemesSection dashboard={dashboard} />
          <BackToContents />
        </>
      )}
      <ReferralsSection dashboard={dashboard} />
      <BackToContents />
      {!partnership && (
        <>
          <OutcomesSection dashboard={dashboard} />
          <BackToContents />
        </>
      )}
      <BarrierSection place={place} period={filters.period} />
      <BackToContents />
      <AboutFigures />
    </>
  );
}
