// One call for every single-case read or write: load the facts, decide, and write the audit row
// (allowed or denied) in the caller's transaction. A case that does not exist is denied exactly
// like one the actor may not see, so the answer never reveals which.
import "server-only";
import { z } from "zod";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { agreementsInForceFor } from "./agreements-in-force";
import { unsafeLoadCaseFacts } from "./case-facts";
import { decideCaseAccess, type AccessActor, type CaseAction, type CaseFacts, type Decision } from "./case-policy";

export type CaseAuthorisation =
  | { allowed: true; facts: CaseFacts; decision: Decision }
  | { allowed: false; decision: Decision };

const caseId = z.uuid();

export async function decideForCase(
  client: Tx,
  actor: AccessActor,
  id: string,
  action: CaseAction,
): Promise<CaseAuthorisation> {
  const facts = caseId.safeParse(id).success ? await unsafeLoadCaseFacts(client, id) : null;
  if (!facts) return { allowed: false, decision: { allowed: false, relation: "none", reasons: ["no such case"] } };
  const decision = decideCaseAccess(actor, facts, await agreementsInForceFor(client, actor.organisation.id), action);
  return decision.allowed ? { allowed: true, facts, decision } : { allowed: false, decision };
}

export async function authorizeCase(
  client: Tx,
  actor: AccessActor,
  id: string,
  action: CaseAction,
  audit: { recordType?: string; recordId?: string; details?: Prisma.InputJsonValue } = {},
): Promise<CaseAuthorisation> {
  const result = await decideForCase(client, actor, id, action);
  await writeAuditEvent(client, {
    actor: auditActorOf(actor),
    action: `case.${action}`,
    outcome: result.allowed ? "ALLOWED" : "DENIED",
    recordType: audit.recordType ?? "SharedCase",
    recordId: audit.recordId ?? id.slice(0, 64),
    caseId: caseId.safeParse(id).success ? id : undefined,
    reasons: result.decision.reasons,
    ...(audit.details === undefined ? {} : { details: audit.details }),
  });
  return result;
}
