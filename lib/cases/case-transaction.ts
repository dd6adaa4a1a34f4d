// Every write to a shared case runs here: one transaction that authorises through the access
// policy, makes the change, and writes the audit row with the outcome the change really had —
// so there is no change without its audit row, and no audit row claiming a change that did not
// happen. A denied write commits only its denial; a write the work itself refuses (someone else
// changed the case, the referral was already answered…) must change nothing and is audited as
// REFUSED with the reason.
import "server-only";
import { auditCaseAction, decideForCase, type CaseAuditDetails } from "@/lib/access/authorize-case";
import type { AccessActor, CaseAction, CaseFacts, Decision } from "@/lib/access/case-policy";
import { asActor } from "@/lib/db/access-context";
import type { Tx } from "@/lib/db/create-client";
import { denialMessage } from "./denial-message";

export type Denied = { denied: true; decision: Decision };

type Failure = { ok: false; formError?: string; fieldErrors: Partial<Record<string, string[]>> };

function failureOf(result: unknown): Failure | null {
  return typeof result === "object" && result !== null && (result as { ok?: unknown }).ok === false ? (result as Failure) : null;
}

function whyRefused(failure: Failure): string {
  return failure.formError ?? Object.values(failure.fieldErrors).find((messages) => messages?.length)?.[0] ?? "refused";
}

export async function inCaseTransaction<T>(
  actor: AccessActor,
  caseId: string,
  action: CaseAction,
  audit: CaseAuditDetails,
  work: (tx: Tx, facts: CaseFacts) => Promise<T>,
): Promise<T | Denied> {
  return asActor(actor, async (tx) => {
    const authorisation = await decideForCase(tx, actor, caseId, action);
    const { reasons } = authorisation.decision;
    if (!authorisation.allowed) {
      await auditCaseAction(tx, actor, caseId, action, "DENIED", reasons, audit);
      return { denied: true as const, decision: authorisation.decision };
    }
    const result = await work(tx, authorisation.facts);
    const failure = failureOf(result);
    await auditCaseAction(tx, actor, caseId, action, failure ? "REFUSED" : "ALLOWED", failure ? [...reasons, whyRefused(failure)] : reasons, audit);
    return result;
  });
}

export function isDenied(result: unknown): result is Denied {
  return typeof result === "object" && result !== null && (result as Denied).denied === true;
}

/** The form's answer to a denied write. */
export function refused<V>(denied: Denied, values: V) {
  return { ok: false as const, fieldErrors: {}, formError: denialMessage(denied.decision), values };
}
