// Cases are linked to a barrier by reference only, and only by someone who may see them: each
// goes through the case policy (audited as a case read) before it is linked. A case that does not
// exist and one the user may not see get the same answer.
import "server-only";
import { authorizeCase } from "@/lib/access/authorize-case";
import type { AccessActor } from "@/lib/access/case-policy";
import type { Tx } from "@/lib/db/create-client";
import { formatCaseReference } from "@/lib/domain/case-reference";

export type CaseLinks = { ok: true; caseIds: string[] } | { ok: false; message: string };

export async function authoriseCaseLinks(tx: Tx, actor: AccessActor, caseNumbers: readonly number[], barrierId: string): Promise<CaseLinks> {
  const found = caseNumbers.length
    ? await tx.sharedCase.findMany({ where: { number: { in: [...caseNumbers] } }, select: { id: true, number: true } })
    : [];
  const caseIds: string[] = [];
  // One after the other: queries on a transaction's single connection cannot overlap.
  for (const number of caseNumbers) {
    const match = found.find((c) => c.number === number);
    const allowed =
      match && (await authorizeCase(tx, actor, match.id, "view", { recordType: "Barrier", recordId: barrierId, details: { purpose: "link a case where a barrier bit" } })).allowed;
    if (!match || !allowed) {
      return { ok: false, message: `${formatCaseReference(number)} is not a case you can see: check the reference, or leave it out` };
    }
    caseIds.push(match.id);
  }
  return { ok: true, caseIds };
}
