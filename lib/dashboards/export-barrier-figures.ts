// A place's barrier figures as CSV, protected as on its dashboard, with an audit row. Barrier
// figures are open to every user of the partnership, like barriers themselves.
import "server-only";
import { decideBarrierAccess, noResponsibility } from "@/lib/access/barrier-policy";
import type { AccessActor } from "@/lib/access/case-policy";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { toCsv } from "@/lib/domain/csv";
import { parsePeriod, shortMonthLabel } from "@/lib/domain/period";
import { loadBarrierFigures } from "./load-barrier-figures";

async function placeOf(localitySlug?: string, neighbourhoodSlug?: string) {
  if (!localitySlug) return { id: "partnership", level: "partnership" as const, localityId: null, name: "partnership" };
  const locality = await db.locality.findUnique({ where: { slug: localitySlug }, select: { id: true, name: true } });
  if (!locality) return null;
  if (!neighbourhoodSlug) return { id: locality.id, level: "locality" as const, localityId: null, name: locality.name };
  const n = await db.neighbourhood.findFirst({ where: { slug: neighbourhoodSlug, localityId: locality.id }, select: { id: true, name: true } });
  return n && { id: n.id, level: "neighbourhood" as const, localityId: locality.id, name: n.name };
}

export async function exportBarrierFigures(
  actor: AccessActor,
  target: { locality?: string; neighbourhood?: string },
  query: { from?: string; to?: string },
  ipAddress: string | null,
): Promise<{ filename: string; csv: string } | null> {
  if (!decideBarrierAccess(actor, noResponsibility, null, "export").allowed) return null;
  const place = await placeOf(target.locality, target.neighbourhood);
  if (!place) return null;
  const { period } = parsePeriod(query);
  const f = await loadBarrierFigures(place, period);
  const rows: (string | number)[][] = [
    ["Figure", "Value"],
    ["Barriers raised", f.raised.display],
    ["Open at the end of the period", f.open.display],
    ["Escalated", f.escalated.display],
    ["Resolved", f.resolved.display],
    ["Median time to resolve", f.medianDaysToResolve.display],
    ...f.byCategory.map((c) => [`Raised: ${c.label}`, c.value.display]),
    ...f.trend.flatMap((t) => [
      [`Raised in ${shortMonthLabel(t.month)}`, t.raised.display],
      [`Resolved in ${shortMonthLabel(t.month)}`, t.resolved.display],
    ]),
  ];
  await writeAuditEvent(db, {
    actor: auditActorOf(actor),
    action: "barrier.export",
    recordType: place.level,
    recordId: place.id,
    reasons: ["aggregate barrier figures, small numbers suppressed"],
    ipAddress,
    details: { list: "figures", place: place.name, from: period.from, to: period.to },
  });
  const slug = place.name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return { filename: `golden-thread-${slug}-barrier-figures-${period.from}-to-${period.to}.csv`, csv: `\uFEFF${toCsv(rows)}` };
}
