// A neighbourhood's dashboard: for its locality's leads, its own lead, admins, and workers in a
// team that serves it; anyone else gets the same 404 as a place that does not exist.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { SearchParams } from "@/lib/dashboards/dashboard-filters";
import { DashboardView } from "../../_components/dashboard-view";
import { dashboardForRequest } from "../../_components/load-dashboard";

type Props = { params: Promise<{ locality: string; neighbourhood: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locality, neighbourhood } = await params;
  const loaded = await dashboardForRequest(locality, neighbourhood, await searchParams);
  return { title: loaded ? `${loaded.dashboard.place.name}: neighbourhood dashboard` : "Page not found" };
}

export default async function NeighbourhoodDashboardPage({ params, searchParams }: Props) {
  const { locality, neighbourhood } = await params;
  const loaded = await dashboardForRequest(locality, neighbourhood, await searchParams);
  if (!loaded) notFound();
  const parent = loaded.dashboard.parents.find((p) => p.level === "locality");
  return <DashboardView {...loaded} caption={parent ? `Neighbourhood in ${parent.name}` : "Neighbourhood dashboard"} />;
}
