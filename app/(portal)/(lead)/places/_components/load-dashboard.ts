// The dashboard for a page request, loaded once per request for both the page and its title
// (React's cache keys on these plain arguments).
import { cache } from "react";
import { requireActor } from "@/lib/auth/actor";
import { dashboardSort, readDashboardQuery, type SearchParams } from "@/lib/dashboards/dashboard-filters";
import { loadPlaceDashboard } from "@/lib/dashboards/queries";
import { neighbourhoodShapes } from "@/lib/places/queries";

const load = cache(async (locality: string | null, neighbourhood: string | null, search: string) => {
  const actor = await requireActor();
  const query = readDashboardQuery(Object.fromEntries(new URLSearchParams(search)));
  const dashboard = await loadPlaceDashboard(actor, { locality: locality ?? undefined, neighbourhood: neighbourhood ?? undefined }, query);
  if (!dashboard) return null;
  const shapes = dashboard.mapRows ? await neighbourhoodShapes(dashboard.mapRows.map((r) => r.place.id)) : [];
  return { dashboard, shapes, sort: dashboardSort(query) };
});

function searchString(searchParams: SearchParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  params.sort();
  return params.toString();
}

export function dashboardForRequest(locality: string | null, neighbourhood: string | null, searchParams: SearchParams) {
  return load(locality, neighbourhood, searchString(searchParams));
}
