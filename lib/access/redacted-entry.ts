// Whether a user sees a case as "Restricted record — held by <organisation>" (restricted-records.ts):
// they would see it but for its restriction, and hold no break-glass access in force (then they
// see it in full). The list twin is redactedCasesWhere (restricted-records-where.ts).
import { organisationMaySeeCase, type AccessActor, type AccessGrounds, type CaseFacts } from "./case-policy";
import { seesRedacted } from "./restricted-records";
import { canWorkWithCases } from "./visible-cases-where";

export function decideRedactedEntry(actor: AccessActor, facts: CaseFacts, grounds: AccessGrounds): boolean {
  return (
    canWorkWithCases(actor) &&
    !facts.breakGlassUserIds.includes(actor.userId) &&
    seesRedacted(actor, facts, grounds.standing, organisationMaySeeCase(actor.organisation.id, facts, grounds.agreements))
  );
}
