// Adds cases where an open barrier bit (by reference, each one a case the user may see), so the
// log shows how often it gets in the way.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { textOf } from "@/lib/forms/form-values";
import { authoriseCaseLinks } from "./authorise-case-links";
import { type BarrierFormFailure } from "./barrier-form-state";
import { refusedBarrier } from "./barrier-form-failures";
import { inBarrierTransaction, isBarrierDenied } from "./barrier-transaction";
import { recordBarrierChange } from "./record-barrier-change";
import { linkCaseSchema } from "./schemas";
import { formFailure, invalid } from "@/lib/forms/failures";

export type LinkCaseValues = { caseReferences: string };

/** What was typed, as the form gives it back on any failure (an outage too). */
export function linkCasesToBarrierValuesOf(formData: FormData): LinkCaseValues {
  return { caseReferences: textOf(formData, "caseReferences") };
}

export async function linkCasesToBarrier(actor: AccessActor, barrierId: string, formData: FormData): Promise<{ ok: true } | BarrierFormFailure<LinkCaseValues>> {
  const values = linkCasesToBarrierValuesOf(formData);
  const parsed = linkCaseSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const numbers = parsed.data.caseReferences;
  const result = await inBarrierTransaction(actor, barrierId, "linkCase", { details: { cases: numbers.length } }, async (tx) => {
    const links = await authoriseCaseLinks(tx, actor, numbers, barrierId);
    if (!links.ok) return formFailure(values, links.message, { caseReferences: [links.message] });
    const added = await tx.barrierCaseLink.createMany({ data: links.caseIds.map((caseId) => ({ barrierId, caseId, linkedById: actor.userId })), skipDuplicates: true });
    // Counts only: which cases were linked is not for everyone reading the history.
    if (added.count > 0) await recordBarrierChange(tx, actor, { barrierId, kind: "CASE_LINKED", details: { cases: added.count } });
    return { ok: true as const };
  });
  return isBarrierDenied(result) ? refusedBarrier(result, values) : result;
}
