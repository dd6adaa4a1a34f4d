// A version-checked change of a barrier's state, shared by accept, escalate and close: zero
// rows updated means someone else changed it first, and the user is told what it is now.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConflictChange } from "@/lib/forms/form-state";
import { type BarrierFormFailure } from "./barrier-form-state";
import { barrierConflictMessage } from "./barrier-form-failures";
import { barrierStatusLabels, escalationLevelLabels } from "./labels";

export async function moveBarrier(tx: Tx, barrierId: string, version: number, data: Prisma.BarrierUncheckedUpdateManyInput): Promise<boolean> {
  const updated = await tx.barrier.updateMany({ where: { id: barrierId, version }, data: { ...data, version: { increment: 1 } } });
  return updated.count === 1;
}

/** The conflict answer for a state change: where the barrier stands now, beside what the user was doing. */
export async function movedMeanwhile<V extends { version: string }>(tx: Tx, barrierId: string, values: V, doing: string): Promise<BarrierFormFailure<V>> {
  const now = await tx.barrier.findUniqueOrThrow({ where: { id: barrierId }, select: { status: true, escalationLevel: true, version: true } });
  const conflict: ConflictChange[] = [
    { label: "Status", now: `${barrierStatusLabels[now.status]} (${escalationLevelLabels[now.escalationLevel].toLowerCase()} level)`, yours: doing },
  ];
  return { ok: false, fieldErrors: {}, formError: barrierConflictMessage, values: { ...values, version: String(now.version) }, conflict };
}
