// Every write to a shared case runs here: one transaction that authorises through the access
// policy, writes the audit row, then makes the change — so there is no change without its audit
// row. A denied write still commits its audit row (the denial) and changes nothing.
import "server-only";
import { authorizeCase } from "@/lib/access/authorize-case";
import type { AccessActor, CaseAction, CaseFacts, Decision } from "@/lib/access/case-policy";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Denied = { denied: true; decision: Decision };

export async function inCaseTransaction<T>(
  actor: AccessActor,
  caseId: string,
  action: CaseAction,
  audit: { recordType?: string; recordId?: string; details?: Prisma.InputJsonValue },
  work: (tx: Tx, facts: CaseFacts) => Promise<T>,
): Promise<T | Denied> {
  return db.$transaction(async (tx) => {
    const authorisation = await authorizeCase(tx, actor, caseId, action, audit);
    if (!authorisation.allowed) return { denied: true as const, decision: authorisation.decision };
    return work(tx, authorisation.facts);
  });
}

export function isDenied(result: unknown): result is Denied {
  return typeof result === "object" && result !== null && (result as Denied).denied === true;
}

/** What a user sees for a case they may not touch: the same as for one that does not exist. */
export const caseNotFoundMessage = "This case cannot be found. It may not exist, or it may not be shared with your organisation.";

/** The message for a refused write: the policy's reason when the case is shared with the actor, else not-found. */
export function denialMessage(decision: Decision): string {
  if (decision.relation !== "lead" && decision.relation !== "involved-covered") return caseNotFoundMessage;
  const why = decision.reasons[decision.reasons.length - 1] ?? "";
  return `You cannot do this: ${why}.`;
}
