// One call for every read or write of a person's record: load the facts, decide, and (for a
// read) write the audit row, allowed or denied, in the caller's transaction. A person who does
// not exist is denied exactly like one the actor may not see.
import "server-only";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { unsafeSystemStep } from "@/lib/db/access-context";
import type { Tx } from "@/lib/db/create-client";
import { isUuid } from "@/lib/domain/uuid";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditOutcome } from "@/lib/generated/prisma/enums";
import { accessGroundsFor } from "./access-grounds";
import type { AccessActor } from "./case-policy";
import { unsafeLoadPersonFacts } from "./person-facts";
import { decidePersonAccess, type PersonAction, type PersonDecision, type PersonFacts } from "./person-policy";

export type PersonAuthorisation = { allowed: true; facts: PersonFacts; decision: PersonDecision } | { allowed: false; decision: PersonDecision };

/** What an audit row of a person read or write says: its verb ("person.view"), and its record when not the person. */
export type PersonAudit = { action: string; recordType?: string; recordId?: string; details?: Prisma.InputJsonValue };

export async function decideForPerson(client: Tx, actor: AccessActor, personId: string, action: PersonAction): Promise<PersonAuthorisation> {
  const facts = isUuid(personId) ? await unsafeSystemStep(client, actor, () => unsafeLoadPersonFacts(client, personId)) : null;
  if (!facts) return { allowed: false, decision: { allowed: false, reasons: ["no such person"] } };
  const decision = decidePersonAccess(actor, facts, await accessGroundsFor(client, actor), action);
  return decision.allowed ? { allowed: true, facts, decision } : { allowed: false, decision };
}

export async function auditPersonAction(client: Tx, actor: AccessActor, personId: string, audit: PersonAudit, outcome: AuditOutcome, reasons: string[]): Promise<void> {
  await writeAuditEvent(client, {
    actor: auditActorOf(actor),
    action: audit.action,
    outcome,
    recordType: audit.recordType ?? "Person",
    recordId: audit.recordId ?? personId.slice(0, 64),
    reasons,
    ...(audit.details === undefined ? {} : { details: audit.details }),
  });
}

/** Decides and audits a read of the person's record. */
export async function authorizePerson(client: Tx, actor: AccessActor, personId: string, audit: PersonAudit): Promise<PersonAuthorisation> {
  const result = await decideForPerson(client, actor, personId, "view");
  await auditPersonAction(client, actor, personId, audit, result.allowed ? "ALLOWED" : "DENIED", result.decision.reasons);
  return result;
}
