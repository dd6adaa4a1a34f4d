// Every write to a barrier runs here: one transaction that authorises through the barrier
// policy, writes the audit row, then makes the change — so there is no change without its audit
// row. A refused write still commits its audit row (the refusal) and changes nothing.
import "server-only";
import { authorizeBarrier, type BarrierAudit } from "@/lib/access/authorize-barrier";
import type { ActionFacts, BarrierAction, BarrierDecision, BarrierFacts, BarrierResponsibility } from "@/lib/access/barrier-policy";
import type { AccessActor } from "@/lib/access/case-policy";
import { asActor } from "@/lib/db/access-context";
import type { Tx } from "@/lib/db/create-client";
import { isUuid } from "@/lib/domain/uuid";

export type BarrierDenied = { denied: true; decision: BarrierDecision; found: boolean };

export async function inBarrierTransaction<T>(
  actor: AccessActor,
  barrierId: string,
  action: BarrierAction,
  audit: BarrierAudit,
  work: (tx: Tx, facts: BarrierFacts, responsibility: BarrierResponsibility) => Promise<T>,
  loadActionFacts?: (tx: Tx) => Promise<ActionFacts | null>,
): Promise<T | BarrierDenied> {
  // What the page binds is a barrier's id: anything else names no barrier, and is answered so
  // without a transaction or an audit row (as a case form's bound case id is, lib/cases/actions.ts).
  if (!isUuid(barrierId)) return { denied: true, decision: { allowed: false, responsible: false, reasons: ["no such barrier"] }, found: false };
  // As the actor: linking a case, or checking text against linked subjects' names, reads only
  // what their organisation may see (row security).
  return asActor(actor, async (tx) => {
    const actionFacts = loadActionFacts ? ((await loadActionFacts(tx)) ?? undefined) : undefined;
    const authorisation = await authorizeBarrier(tx, actor, barrierId, action, audit, actionFacts);
    if (!authorisation.allowed) return { denied: true as const, decision: authorisation.decision, found: authorisation.facts !== null };
    return work(tx, authorisation.facts, authorisation.responsibility);
  });
}

export function isBarrierDenied(result: unknown): result is BarrierDenied {
  return typeof result === "object" && result !== null && (result as BarrierDenied).denied === true;
}

export const barrierNotFoundMessage = "This barrier cannot be found. It may have been removed.";

/** The message for a refused write: barriers are open to all, so the policy's reason is shown. */
export function barrierDenialMessage(denied: BarrierDenied): string {
  if (!denied.found) return barrierNotFoundMessage;
  const why = denied.decision.reasons[denied.decision.reasons.length - 1] ?? "you are not allowed to";
  return `You cannot do this: ${why}.`;
}
