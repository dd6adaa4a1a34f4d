// The barrier figures of a place's dashboard for a period. Every page protects the same cells
// the same way: first the partnership with its localities, then a locality with its
// neighbourhoods (and its whole-locality barriers), the locality's own cells fixed by the first
// step — as the case figures do (README, "Small numbers"). Barriers are open to every user, so the
// only access check is the dashboard page's own.
import "server-only";
import { db } from "@/lib/db";
import { trendWindow, type Period } from "@/lib/domain/period";
import { readBarrierCounts, readBarrierTrend, type PlaceCounts } from "./barrier-counts";
import { barrierFigures, noCounts, protectFamily, sumCounts, type BarrierFigures, type Counts } from "./barrier-figures";
import type { PlaceRef } from "./dashboard-types";

const countsOf = (rows: readonly PlaceCounts[]): Counts => sumCounts(rows);

export async function loadBarrierFigures(place: Pick<PlaceRef, "id" | "level" | "localityId">, period: Period): Promise<BarrierFigures> {
  const localityId = place.level === "locality" ? place.id : place.level === "neighbourhood" ? place.localityId : null;
  const [rows, localities, neighbourhoods, trend] = await Promise.all([
    readBarrierCounts(period, null),
    db.locality.findMany({ orderBy: { id: "asc" }, select: { id: true } }),
    localityId ? db.neighbourhood.findMany({ where: { localityId }, orderBy: { id: "asc" }, select: { id: true } }) : Promise.resolve([]),
    readBarrierTrend(trendWindow(period), {
      localityId: place.level === "partnership" ? null : localityId,
      neighbourhoodId: place.level === "neighbourhood" ? place.id : null,
    }),
  ]);
  const localityCounts = localities.map((l) => countsOf(rows.filter((r) => r.localityId === l.id)));
  const top = protectFamily(sumCounts(localityCounts), localityCounts);
  const days = (match: (r: PlaceCounts) => boolean) => rows.filter(match).flatMap((r) => r.resolveDays);
  if (place.level === "partnership" || !localityId) return barrierFigures(sumCounts(localityCounts), top.parent, days(() => true), trend, period);

  const index = localities.findIndex((l) => l.id === localityId);
  const inLocality = rows.filter((r) => r.localityId === localityId);
  const parts = [...neighbourhoods.map((n) => countsOf(inLocality.filter((r) => r.neighbourhoodId === n.id))), countsOf(inLocality.filter((r) => r.neighbourhoodId === null))];
  const family = protectFamily(localityCounts[index] ?? noCounts(), parts, top.parts[index]);
  if (place.level === "locality") return barrierFigures(localityCounts[index] ?? noCounts(), family.parent, days((r) => r.localityId === localityId), trend, period);
  const at = neighbourhoods.findIndex((n) => n.id === place.id);
  return barrierFigures(parts[at] ?? noCounts(), family.parts[at], days((r) => r.neighbourhoodId === place.id), trend, period);
}
