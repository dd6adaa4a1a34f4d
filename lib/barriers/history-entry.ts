// A barrier's history entries as pages show them (the barrier page and the board agenda).
import type { Prisma } from "@/lib/generated/prisma/client";
import { barrierEventLabels } from "./labels";

export const historySelect = {
  orderBy: { at: "asc" },
  select: {
    id: true,
    kind: true,
    at: true,
    fromStatus: true,
    toStatus: true,
    fromLevel: true,
    toLevel: true,
    note: true,
    details: true,
    actor: { select: { name: true } },
    actorOrganisation: { select: { name: true } },
  },
} satisfies Prisma.Barrier$eventsArgs;

type Event = Prisma.BarrierEventGetPayload<{ select: typeof historySelect.select }>;

export function historyEntryOf(e: Event) {
  return {
    id: e.id,
    kind: e.kind,
    label: barrierEventLabels[e.kind],
    at: e.at,
    by: `${e.actor.name}, ${e.actorOrganisation.name}`,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    fromLevel: e.fromLevel,
    toLevel: e.toLevel,
    note: e.note,
    details: (e.details ?? null) as Record<string, unknown> | null,
  };
}

export type HistoryEntry = ReturnType<typeof historyEntryOf>;
