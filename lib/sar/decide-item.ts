// Withholding an item of the gathered record from the response, with the reason (for example
// third-party data: another person's details in a note), or releasing it again. Version-checked
// against the request, so two officers' decisions cannot cross; audited as sar.withhold and
// sar.release. Only items of the person's record can be decided.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { changedSinceOpened, formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { sarItemKey } from "./sar-items";
import { releaseSchema, withholdSchema } from "./schemas";
import { gatherForRequest, inSarTransaction, sarNotFoundMessage } from "./sar-transaction";

export type WithholdValues = { itemType: string; itemId: string; reason: string; version: string };
export type ReleaseValues = { itemType: string; itemId: string; version: string };

export const withholdValuesOf = (f: FormData): WithholdValues => ({ itemType: textOf(f, "itemType"), itemId: textOf(f, "itemId"), reason: textOf(f, "reason"), version: textOf(f, "version") });
export const releaseValuesOf = (f: FormData): ReleaseValues => ({ itemType: textOf(f, "itemType"), itemId: textOf(f, "itemId"), version: textOf(f, "version") });

const notAnItem = "This item is not part of the person's record: reload the page";

async function decide<V extends ReleaseValues>(actor: Actor, requestId: string, values: V, input: { itemType: string; itemId: string; version: number; reason: string | null }): Promise<CommandResult<V>> {
  const action = input.reason === null ? "sar.release" : "sar.withhold";
  const outcome = await inSarTransaction(actor, requestId, action, async (tx, request) => {
    const items = await gatherForRequest(tx, actor, request, "sar.gather");
    if (!items.some((i) => sarItemKey(i) === sarItemKey({ type: input.itemType, id: input.itemId }))) return "not-an-item" as const;
    const claimed = await tx.subjectAccessRequest.updateMany({ where: { id: request.id, version: input.version }, data: { version: { increment: 1 } } });
    if (claimed.count === 0) return "stale" as const;
    const decision = { withheld: input.reason !== null, reason: input.reason, decidedById: actor.userId, decidedAt: new Date() };
    await tx.sarItemDecision.upsert({
      where: { requestId_itemType_itemId: { requestId: request.id, itemType: input.itemType, itemId: input.itemId } },
      create: { requestId: request.id, itemType: input.itemType, itemId: input.itemId, ...decision },
      update: decision,
    });
    await writeAuditEvent(tx, { actor: auditActorOf(actor), action, recordType: "SubjectAccessRequest", recordId: request.id, details: { itemType: input.itemType } });
    return "saved" as const;
  });
  if (!outcome.allowed) return formFailure(values, sarNotFoundMessage);
  if (outcome.value === "not-an-item") return formFailure(values, notAnItem);
  if (outcome.value === "stale") return formFailure(values, changedSinceOpened);
  return { ok: true };
}

export async function withholdItem(actor: Actor, requestId: string, formData: FormData): Promise<CommandResult<WithholdValues>> {
  const values = withholdValuesOf(formData);
  const parsed = withholdSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  return decide(actor, requestId, values, parsed.data);
}

export async function releaseItem(actor: Actor, requestId: string, formData: FormData): Promise<CommandResult<ReleaseValues>> {
  const values = releaseValuesOf(formData);
  const parsed = releaseSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  return decide(actor, requestId, values, { ...parsed.data, reason: null });
}
