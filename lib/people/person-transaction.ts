// Every change to a person's record (details, household) runs here, as case writes run in
// lib/cases/case-transaction.ts: one transaction as the actor that authorises through the person
// policy, makes the change and writes the audit row with the outcome the change really had. A
// denied write commits only its denial; a write the work itself refuses (someone else changed
// the person meanwhile) changes nothing and is audited as REFUSED with the reason.
import "server-only";
import { auditPersonAction, decideForPerson, type PersonAudit } from "@/lib/access/authorize-person";
import type { AccessActor } from "@/lib/access/case-policy";
import type { PersonFacts } from "@/lib/access/person-policy";
import { asActor } from "@/lib/db/access-context";
import type { Tx } from "@/lib/db/create-client";
import type { FormFailure } from "@/lib/forms/form-state";
import type { Prisma } from "@/lib/generated/prisma/client";

export const personNotFoundMessage = "This person cannot be found. They may not exist, or they may not be on a case shared with your organisation.";

export type PersonDenied = { denied: true; reasons: string[] };

function whyRefused(failure: FormFailure<unknown>): string {
  return failure.formError ?? Object.values(failure.fieldErrors).find((messages) => messages?.length)?.[0] ?? "refused";
}

/** A successful work may add facts (changed field names, never values) to its audit row. */
export type PersonWriteDone = { ok: true; auditDetails?: Record<string, Prisma.InputJsonValue> };

export async function inPersonTransaction<T extends PersonWriteDone | FormFailure<unknown>>(
  actor: AccessActor,
  personId: string,
  audit: PersonAudit,
  work: (tx: Tx, facts: PersonFacts) => Promise<T>,
): Promise<T | PersonDenied> {
  return asActor(actor, async (tx) => {
    const authorisation = await decideForPerson(tx, actor, personId, "edit");
    const { reasons } = authorisation.decision;
    if (!authorisation.allowed) {
      await auditPersonAction(tx, actor, personId, audit, "DENIED", reasons);
      return { denied: true as const, reasons };
    }
    const result = await work(tx, authorisation.facts);
    if (result.ok) {
      const details = { ...(audit.details as Record<string, Prisma.InputJsonValue> | undefined), ...result.auditDetails };
      await auditPersonAction(tx, actor, personId, { ...audit, details }, "ALLOWED", reasons);
    }
    else await auditPersonAction(tx, actor, personId, audit, "REFUSED", [...reasons, whyRefused(result)]);
    return result;
  });
}

export function isPersonDenied(result: unknown): result is PersonDenied {
  return typeof result === "object" && result !== null && (result as PersonDenied).denied === true;
}
