// "Restricted record — held by <organisation>": what a user who would see a case but for its
// restriction is shown instead of the 404 (restricted-records.ts), with the ways in they have.
// Nothing of the case's content: only that it exists, who holds it, and their own open request.
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import { unsafeLoadCaseFacts } from "@/lib/access/case-facts";
import { decideCaseAccess, type AccessActor } from "@/lib/access/case-policy";
import { decideRedactedEntry } from "@/lib/access/redacted-entry";
import { asActor, unsafeSystemStep } from "@/lib/db/access-context";
import { isUuid } from "@/lib/domain/uuid";

export type RedactedCase = { id: string; heldBy: string; mayBreakGlass: boolean; mayRequestAccess: boolean; requestOpen: boolean };

export async function getRedactedCase(actor: AccessActor, caseId: string): Promise<RedactedCase | null> {
  if (!isUuid(caseId)) return null;
  return asActor(actor, async (tx) => {
    // The facts of a case the actor may not see are needed to say whether they see it redacted.
    const facts = await unsafeSystemStep(tx, actor, () => unsafeLoadCaseFacts(tx, caseId));
    if (!facts) return null;
    const grounds = await accessGroundsFor(tx, actor);
    if (!decideRedactedEntry(actor, facts, grounds)) return null;
    // One after the other: a transaction's queries share one connection.
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: facts.leadOrganisationId }, select: { name: true } });
    const open = await tx.accessRequest.count({ where: { caseId, requesterId: actor.userId, status: "PENDING" } });
    return {
      id: caseId,
      heldBy: organisation.name,
      mayBreakGlass: decideCaseAccess(actor, facts, grounds, "breakGlass").allowed,
      mayRequestAccess: decideCaseAccess(actor, facts, grounds, "requestAccess").allowed,
      requestOpen: open > 0,
    };
  });
}
