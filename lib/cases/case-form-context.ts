// What a case form page needs: the case's header facts (an audited read) and whether the actor
// may make this change, with the policy's reason when not.
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import { authorizeCase } from "@/lib/access/authorize-case";
import { decideCaseAccess, type AccessActor, type CaseAction } from "@/lib/access/case-policy";
import { requireActor } from "@/lib/auth/actor";
import { asActor } from "@/lib/db/access-context";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { isUuid } from "@/lib/domain/uuid";
import { isDatabaseDown, unlessDatabaseDown } from "@/lib/forms/keeping-input";

export async function getCaseFormContext(actor: AccessActor, caseId: string, action: CaseAction) {
  return asActor(actor, async (tx) => {
  const authorisation = await authorizeCase(tx, actor, caseId, "view", { details: { form: action } });
  if (!authorisation.allowed) return null;
  const decision = decideCaseAccess(actor, authorisation.facts, await accessGroundsFor(tx, actor), action);
  const record = await tx.sharedCase.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      id: true,
      number: true,
      status: true,
      riskLevel: true,
      summary: true,
      version: true,
      neighbourhoodId: true,
      person: { select: { givenName: true, familyName: true } },
      themes: { select: { theme: { select: { id: true, name: true } } } },
    },
  });
  return {
    ...record,
    reference: formatCaseReference(record.number),
    facts: authorisation.facts,
    allowed: decision.allowed,
    refusal: decision.allowed ? null : decision.reasons.at(-1) ?? "not allowed",
  };
  });
}

export type CaseFormContext = NonNullable<Awaited<ReturnType<typeof getCaseFormContext>>>;

/** A case form page while the database cannot answer: only the case id from the address. */
export type CaseFormOutage = { id: string; databaseDown: true };

/**
 * A case form page's context for the signed-in worker (null: not found), or — when the database
 * cannot answer just now — the outage, so that the page still gives back a form kept through it.
 * Nothing read from the database is shown then; saving the form checks everything again.
 */
export async function loadCaseForm(caseId: string, action: CaseAction): Promise<CaseFormContext | CaseFormOutage | null> {
  const context = await unlessDatabaseDown(async () => getCaseFormContext(await requireActor("cases.work"), caseId, action));
  if (!isDatabaseDown(context)) return context;
  return isUuid(caseId) ? { id: caseId, databaseDown: true } : null;
}
