// Marks a case restricted, or lifts the restriction, with a reason (restricted-records.ts): those
// who may edit the case may do it; both are audited as case.markRestricted.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { formFailure, invalid } from "@/lib/forms/failures";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { inCaseTransaction, isDenied, refused } from "./case-transaction";
import { restrictionSchema } from "./restricted-schemas";

export type RestrictionValues = { restricted: string; reason: string };

export function restrictionValuesOf(formData: FormData): RestrictionValues {
  return { restricted: textOf(formData, "restricted"), reason: textOf(formData, "reason") };
}

export async function restrictCase(actor: AccessActor, caseId: string, formData: FormData): Promise<{ ok: true } | FormFailure<RestrictionValues>> {
  const values = restrictionValuesOf(formData);
  const parsed = restrictionSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const restrict = parsed.data.restricted === "yes";
  const result = await inCaseTransaction(actor, caseId, "markRestricted", { details: { restricted: restrict } }, async (tx) => {
    const { count } = await tx.sharedCase.updateMany({
      where: { id: caseId, restrictedAt: restrict ? null : { not: null } },
      data: restrict
        ? { restrictedAt: new Date(), restrictedReason: parsed.data.reason, restrictedById: actor.userId }
        : { restrictedAt: null, restrictedReason: null, restrictedById: null },
    });
    if (count === 0) return formFailure(values, restrict ? "This record is already restricted" : "This record is not restricted");
    // The reason is case content: it goes in the chronology (own organisation only), not the audit trail.
    const now = new Date();
    await tx.caseNote.create({
      data: {
        caseId,
        authorId: actor.userId,
        authorOrganisationId: actor.organisation.id,
        kind: "NOTE",
        visibility: "OWN_ORGANISATION",
        occurredAt: now,
        body: `${restrict ? "Record restricted" : "Restriction removed"}: ${parsed.data.reason}`,
      },
    });
    return { ok: true as const };
  });
  return isDenied(result) ? refused(result, values) : result;
}
