// A locality's dashboard, with its neighbourhoods compared and mapped. Leads of the locality and
// admins only; anyone else gets the same 404 as a place that does not exist.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { SearchParams } from "@/lib/dashboards/dashboard-filters";
import { DashboardView } from "../_components/dashboard-view";
import { dashboardForRequest } from "../_components/load-dashboard";

type Props = { params: Promise<{ locality: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const loaded = await dashboardForRequest((await params).locality, null, await searchParams);
  return { title: loaded ? `${loaded.dashboard.place.name}: locality dashboard` : "Page not found" };
}

export default async function LocalityDashboardPage({ params, searchParams }: Props) {
  const loaded = await dashboardForRequest((await params).locality, null, await searchParams);
  if (!loaded) notFound();
  return <DashboardView {...loaded} caption="Locality dashboard" />;
}
