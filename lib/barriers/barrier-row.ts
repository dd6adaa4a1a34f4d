// One barrier as a row of a list (log, board agenda, My work, CSV): the fields and how they are
// read, in one place.
import type { Prisma } from "@/lib/generated/prisma/client";
import { isOverdueForReview } from "@/lib/domain/barrier-review";
import { formatBarrierReference } from "./labels";

export const barrierRowSelect = {
  id: true,
  number: true,
  title: true,
  category: true,
  status: true,
  escalationLevel: true,
  raisedAt: true,
  escalatedAt: true,
  closedAt: true,
  reviewBy: true,
  resolution: true,
  neighbourhood: { select: { name: true } },
  locality: { select: { name: true } },
  owner: { select: { name: true, organisation: { select: { name: true } } } },
  raisedBy: { select: { name: true } },
  raisedByOrganisation: { select: { name: true } },
  organisations: { select: { organisation: { select: { name: true } } } },
  _count: { select: { caseLinks: true } },
} satisfies Prisma.BarrierSelect;

type Selected = Prisma.BarrierGetPayload<{ select: typeof barrierRowSelect }>;

export function barrierRowOf(b: Selected, now: Date = new Date()) {
  return {
    id: b.id,
    reference: formatBarrierReference(b.number),
    title: b.title,
    category: b.category,
    status: b.status,
    level: b.escalationLevel,
    place: b.neighbourhood ? `${b.neighbourhood.name}, ${b.locality.name}` : `${b.locality.name} (whole locality)`,
    raisedAt: b.raisedAt,
    escalatedAt: b.escalatedAt,
    closedAt: b.closedAt,
    reviewBy: b.reviewBy,
    overdue: isOverdueForReview(b, now),
    owner: b.owner ? `${b.owner.name}, ${b.owner.organisation.name}` : null,
    raisedBy: `${b.raisedBy.name}, ${b.raisedByOrganisation.name}`,
    organisations: b.organisations.map((o) => o.organisation.name).sort(),
    linkedCases: b._count.caseLinks,
    resolution: b.resolution,
  };
}

export type BarrierRow = ReturnType<typeof barrierRowOf>;
