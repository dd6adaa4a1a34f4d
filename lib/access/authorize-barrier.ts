// One call for every barrier write: load the facts and the actor's responsibility, decide, and
// write the audit row (allowed or denied) in the caller's transaction. A barrier that does not
// exist is refused like any other, with "no such barrier" as the reason.
import "server-only";
import { z } from "zod";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unsafeLoadBarrierFacts } from "./barrier-facts";
import { decideBarrierAccess, type ActionFacts, type BarrierAction, type BarrierDecision, type BarrierFacts, type BarrierResponsibility } from "./barrier-policy";
import { loadBarrierResponsibility } from "./barrier-responsibility";
import type { AccessActor } from "./case-policy";
import { uuid } from "@/lib/domain/uuid";

export type BarrierAuthorisation =
  | { allowed: true; facts: BarrierFacts; decision: BarrierDecision; responsibility: BarrierResponsibility }
  | { allowed: false; facts: BarrierFacts | null; decision: BarrierDecision };

export type BarrierAudit = { recordType?: string; recordId?: string; details?: Prisma.InputJsonValue };

const barrierId = uuid();

/** Decides without auditing: for pages deciding which links to show. */
export async function decideForBarrier(
  client: Tx,
  actor: AccessActor,
  id: string,
  action: BarrierAction,
  actionFacts?: ActionFacts,
): Promise<BarrierAuthorisation> {
  const facts = barrierId.safeParse(id).success ? await unsafeLoadBarrierFacts(client, id) : null;
  const responsibility = await loadBarrierResponsibility(client, actor.userId);
  if (!facts) return { allowed: false, facts: null, decision: { allowed: false, responsible: false, reasons: ["no such barrier"] } };
  const decision = decideBarrierAccess(actor, responsibility, facts, action, actionFacts);
  return decision.allowed ? { allowed: true, facts, decision, responsibility } : { allowed: false, facts, decision };
}

export async function authorizeBarrier(
  client: Tx,
  actor: AccessActor,
  id: string,
  action: BarrierAction,
  audit: BarrierAudit = {},
  actionFacts?: ActionFacts,
): Promise<BarrierAuthorisation> {
  const result = await decideForBarrier(client, actor, id, action, actionFacts);
  await writeAuditEvent(client, {
    actor: auditActorOf(actor),
    action: `barrier.${action}`,
    outcome: result.allowed ? "ALLOWED" : "DENIED",
    recordType: audit.recordType ?? "Barrier",
    recordId: audit.recordId ?? id.slice(0, 64),
    reasons: result.decision.reasons,
    ...(audit.details === undefined ? {} : { details: audit.details }),
  });
  return result;
}

/** Raising: nothing exists yet, so the decision rests on the actor's roles alone. */
export async function authorizeBarrierRaise(
  client: Tx,
  actor: AccessActor,
  newBarrierId: string,
  details?: Prisma.InputJsonValue,
): Promise<BarrierDecision> {
  const decision = decideBarrierAccess(actor, await loadBarrierResponsibility(client, actor.userId), null, "raise");
  await writeAuditEvent(client, {
    actor: auditActorOf(actor),
    action: "barrier.raise",
    outcome: decision.allowed ? "ALLOWED" : "DENIED",
    recordType: "Barrier",
    recordId: newBarrierId,
    reasons: decision.reasons,
    ...(details === undefined ? {} : { details }),
  });
  return decision;
}
