// What a barrier form page needs: the barrier's heading facts, its current values, and whether
// the actor may make this change, with the policy's reason when not (decided, not audited: the
// write itself is authorised and audited when the form is sent).
import "server-only";
import { decideForBarrier } from "@/lib/access/authorize-barrier";
import type { BarrierAction } from "@/lib/access/barrier-policy";
import type { AccessActor } from "@/lib/access/case-policy";
import { db } from "@/lib/db";
import { formatBarrierReference } from "./labels";

export async function getBarrierFormContext(actor: AccessActor, barrierId: string, action: BarrierAction) {
  const decision = await decideForBarrier(db, actor, barrierId, action);
  if (!decision.facts) return null;
  const b = await db.barrier.findUniqueOrThrow({
    where: { id: barrierId },
    select: {
      id: true,
      number: true,
      title: true,
      description: true,
      effect: true,
      category: true,
      reviewBy: true,
      version: true,
      escalationLevel: true,
      status: true,
      raisedByOrganisationId: true,
      ownerId: true,
      organisations: { select: { organisationId: true } },
    },
  });
  return {
    ...b,
    reference: formatBarrierReference(b.number),
    organisationIds: b.organisations.map((o) => o.organisationId),
    allowed: decision.allowed,
    refusal: decision.allowed ? null : (decision.decision.reasons.at(-1) ?? "not allowed"),
  };
}

export type BarrierFormContext = NonNullable<Awaited<ReturnType<typeof getBarrierFormContext>>>;
