// One call for every single-case read or write: load the facts, decide, and write the audit row
// (allowed or denied) in the caller's transaction. A case that does not exist is denied exactly
// like one the actor may not see, so the answer never reveals which.
import "server-only";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { unsafeSystemStep } from "@/lib/db/access-context";
import type { Tx } from "@/lib/db/create-client";
import { isUuid } from "@/lib/domain/uuid";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditOutcome } from "@/lib/generated/prisma/enums";
import { accessGroundsFor } from "./access-grounds";
import { unsafeLoadCaseFacts } from "./case-facts";
import { decideCaseAccess, type AccessActor, type AccessGrounds, type CaseAction, type CaseFacts, type Decision } from "./case-policy";

export type CaseAuthorisation =
  | { allowed: true; facts: CaseFacts; decision: Decision; grounds: AccessGrounds }
  | { allowed: false; decision: Decision };

export type CaseAuditDetails = { recordType?: string; recordId?: string; details?: Prisma.InputJsonValue };

export async function decideForCase(
  client: Tx,
  actor: AccessActor,
  id: string,
  action: CaseAction,
): Promise<CaseAuthorisation> {
  // The facts of a case the actor may not see are needed to say no with reasons.
  const facts = isUuid(id) ? await unsafeSystemStep(client, actor, () => unsafeLoadCaseFacts(client, id)) : null;
  if (!facts) return { allowed: false, decision: { allowed: false, relation: "none", reasons: ["no such case"] } };
  const grounds = await accessGroundsFor(client, actor);
  const decision = decideCaseAccess(actor, facts, grounds, action);
  return decision.allowed ? { allowed: true, facts, decision, grounds } : { allowed: false, decision };
}

/** The audit row of one case action, with the outcome the action really had. */
export async function auditCaseAction(
  client: Tx,
  actor: AccessActor,
  id: string,
  action: CaseAction,
  outcome: AuditOutcome,
  reasons: string[],
  audit: CaseAuditDetails = {},
): Promise<void> {
  await writeAuditEvent(client, {
    actor: auditActorOf(actor),
    action: `case.${action}`,
    outcome,
    recordType: audit.recordType ?? "SharedCase",
    recordId: audit.recordId ?? id.slice(0, 64),
    caseId: isUuid(id) ? id : undefined,
    reasons,
    ...(audit.details === undefined ? {} : { details: audit.details }),
  });
}

/**
 * Decides and audits a read (a read that is allowed is done when the caller returns it). `client`
 * is the actor's transaction (lib/db/access-context.ts asActor).
 */
export async function authorizeCase(
  client: Tx,
  actor: AccessActor,
  id: string,
  action: CaseAction,
  audit: CaseAuditDetails = {},
): Promise<CaseAuthorisation> {
  const result = await decideForCase(client, actor, id, action);
  await auditCaseAction(client, actor, id, action, result.allowed ? "ALLOWED" : "DENIED", result.decision.reasons, audit);
  return result;
}
