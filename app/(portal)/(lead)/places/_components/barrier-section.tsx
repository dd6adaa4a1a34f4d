// The barrier figures of the dashboard's place and period (lib/dashboards/load-barrier-figures.ts).
import { Suspense } from "react";
import { BarrierFiguresSection } from "@/components/barriers/barrier-figures-section";
import { canRaiseBarriers } from "@/lib/access/barrier-policy";
import { currentActor } from "@/lib/auth/actor";
import type { PlaceRef } from "@/lib/dashboards/dashboard-types";
import { loadBarrierFigures } from "@/lib/dashboards/load-barrier-figures";
import type { Period } from "@/lib/domain/period";

/** Streams in after the case figures (Suspense), so it never holds up the dashboard. */
export function BarrierSection(props: { place: PlaceRef; period: Period }) {
  return (
    <Suspense fallback={<p className="mb-12">Loading the barrier figures…</p>}>
      <BarrierFigures {...props} />
    </Suspense>
  );
}

async function BarrierFigures({ place, period }: { place: PlaceRef; period: Period }) {
  const [figures, actor] = await Promise.all([loadBarrierFigures(place, period), currentActor()]);
  const logPath = place.level === "partnership" ? "/barriers" : `/barriers${place.href}`;
  const raisePath = actor && canRaiseBarriers(actor) ? (place.level === "neighbourhood" ? `/barriers/new?neighbourhood=${place.id}` : place.level === "locality" ? `/barriers/new?locality=${place.id}` : "/barriers/new") : null;
  const csv = new URLSearchParams({ from: period.from, to: period.to });
  const csvPath = `/api/barriers/figures${place.level === "partnership" ? "" : place.href.replace(/^\/places/, "")}.csv?${csv}`;
  return <BarrierFiguresSection figures={figures} placeName={place.level === "partnership" ? "the partnership" : place.name} period={period} logPath={logPath} raisePath={raisePath} csvPath={csvPath} />;
}
