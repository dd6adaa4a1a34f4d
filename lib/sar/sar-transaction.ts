// The one safe wrapper for reading or changing a subject access request: in one transaction as
// the actor, the request is loaded, the SAR policy decides, a refusal is audited DENIED, and the
// work runs only when allowed (as lib/cases/case-transaction.ts does for cases).
import "server-only";
import { decideSarAccess } from "@/lib/access/sar-policy";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { asActor, unsafeSystemStep } from "@/lib/db/access-context";
import type { Tx } from "@/lib/db/create-client";
import { isUuid } from "@/lib/domain/uuid";
import { unsafeGatherPersonRecord } from "./gather-person-record";
import type { SarItem } from "./sar-items";

export const sarNotFoundMessage = "This request could not be found";

const requestSelect = {
  id: true, organisationId: true, personId: true, status: true, version: true, receivedOn: true, dueOn: true, extendedDueOn: true, extensionReason: true, identityCheckedBy: true, identityCheckMethod: true, respondedOn: true,
  person: { select: { givenName: true, familyName: true } },
} as const;

export type SarRequestRow = {
  id: string; organisationId: string; personId: string; status: "OPEN" | "RESPONDED" | "CLOSED"; version: number; receivedOn: Date; dueOn: Date; extendedDueOn: Date | null;
  extensionReason: string | null; identityCheckedBy: string; identityCheckMethod: string; respondedOn: Date | null; person: { givenName: string; familyName: string };
};

export type SarOutcome<T> = { allowed: true; value: T } | { allowed: false };

export async function inSarTransaction<T>(actor: Actor, requestId: string, action: string, work: (tx: Tx, request: SarRequestRow) => Promise<T>): Promise<SarOutcome<T>> {
  return asActor(actor, async (tx) => {
    // Loaded past row security so another organisation's request is refused with its reason.
    const request = isUuid(requestId) ? await unsafeSystemStep(tx, actor, () => tx.subjectAccessRequest.findUnique({ where: { id: requestId }, select: requestSelect })) : null;
    const decision = decideSarAccess(actor, request);
    if (!decision.allowed || !request) {
      await writeAuditEvent(tx, { actor: auditActorOf(actor), action, outcome: "DENIED", recordType: "SubjectAccessRequest", recordId: requestId, reasons: decision.reasons });
      return { allowed: false as const };
    }
    return { allowed: true as const, value: await work(tx, request) };
  });
}

/** Everything held about the request's person (across organisations: the law requires it), audited as read. */
export async function gatherForRequest(tx: Tx, actor: Actor, request: SarRequestRow, action: string, details: Record<string, string | number> = {}): Promise<SarItem[]> {
  const items = (await unsafeSystemStep(tx, actor, () => unsafeGatherPersonRecord(tx, request.personId))) ?? [];
  await writeAuditEvent(tx, {
    actor: auditActorOf(actor),
    action,
    recordType: "Person",
    recordId: request.personId,
    reasons: ["data-protection officer answering a subject access request"],
    details: { requestId: request.id, items: items.length, ...details },
  });
  return items;
}

/** The request's withholding decisions in force, by item key. */
export async function withheldItems(tx: Tx, requestId: string): Promise<Map<string, { reason: string }>> {
  const rows = await tx.sarItemDecision.findMany({ where: { requestId, withheld: true }, select: { itemType: true, itemId: true, reason: true } });
  return new Map(rows.map((r) => [`${r.itemType}:${r.itemId}`, { reason: r.reason ?? "" }]));
}
