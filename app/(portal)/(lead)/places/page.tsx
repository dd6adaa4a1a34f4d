// "My places": for a partnership admin the partnership-wide dashboard; for a locality lead the
// neighbourhoods of each locality they lead, compared, with a way into each dashboard.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/auth/actor";
import { dashboardQueryString, dashboardSort, readDashboardQuery, type SearchParams } from "@/lib/dashboards/dashboard-filters";
import { loadLedPlacesOverview } from "@/lib/dashboards/queries";
import { periodLabel } from "@/lib/domain/period";
import { smallCountMax } from "@/lib/domain/small-number-protection";
import { AboutFigures } from "./_components/about-figures";
import { ComparisonTable } from "./_components/comparison-table";
import { DashboardView } from "./_components/dashboard-view";
import { dashboardForRequest } from "./_components/load-dashboard";
import { PeriodForm } from "./_components/period-form";

export const metadata: Metadata = { title: "My places" };

type Props = { searchParams: Promise<SearchParams> };

export default async function MyPlacesPage({ searchParams }: Props) {
  const actor = await requireActor("places.view");
  const params = await searchParams;
  const partnership = await dashboardForRequest(null, null, params);
  if (partnership) return <DashboardView {...partnership} caption="Partnership overview" />;

  const query = readDashboardQuery(params);
  const overview = await loadLedPlacesOverview(actor, query);
  if (!overview) notFound();
  const sort = dashboardSort(query);
  const { filters } = overview;
  return (
    <>
      <PageHeading caption="Locality lead">My places</PageHeading>
      <p className="mb-4 max-w-3xl text-xl">
        Figures for {periodLabel(filters.period)}, {filters.theme ? `cases with ${filters.theme.name.toLowerCase()}` : "all themes"}.
      </p>
      <p className="mb-6 max-w-3xl">
        To protect people’s privacy, counts from 1 to {smallCountMax} are shown as “&lt;5”, and a count that would give one
        away is shown as “[c]”.
      </p>
      <PeriodForm filters={filters} themes={overview.themes} action="/places" sort={sort} />
      <AboutFigures />
      {overview.localities.length === 0 && <p>You do not lead any locality or neighbourhood yet.</p>}
      {overview.localities.map(({ locality, canOpen, comparison }) => (
        <section key={locality.id} aria-label={locality.name} className="mb-10">
          <ComparisonTable comparison={comparison} filters={filters} sort={sort} action="/places" id={`places-${locality.id}`} />
          {canOpen && (
            <p className="mt-2">
              <Link href={`${locality.href}?${dashboardQueryString(filters)}`}>
                Open the {locality.name} dashboard<span className="sr-only">: trends, themes, referrals, outcomes and map</span>
              </Link>
            </p>
          )}
        </section>
      ))}
      {overview.localities.length > 0 && (
        <p className="mb-8">
          <a href={`/api/places/overview.csv?${dashboardQueryString(filters)}`} download>
            Download these tables (CSV)
          </a>
        </p>
      )}
    </>
  );
}
