// THE rules for who may see or change a person's record (DOMAIN.md: a person is seen through the
// cases about them). Pure, like case-policy.ts: it decides from facts already loaded and says
// why. Its list twin for "view" is lib/people/visible-people-where.ts (tested to agree).
import { decideCaseAccess, type AccessActor, type AgreementInForce, type CaseFacts } from "./case-policy";
import { canWorkWithCases } from "./visible-cases-where";

/** "view": the person page; "edit": their details and their household (joining, leaving). */
export type PersonAction = "view" | "edit";

export type PersonFacts = {
  personId: string;
  /** The organisation of the user who recorded the person (null if that user is gone). */
  recordedByOrganisationId: string | null;
  /** The facts of every case about the person. */
  cases: CaseFacts[];
};

export type PersonDecision = { allowed: boolean; reasons: string[] };

export function decidePersonAccess(
  actor: AccessActor,
  facts: PersonFacts,
  agreements: AgreementInForce[],
  action: PersonAction,
): PersonDecision {
  if (!canWorkWithCases(actor)) {
    return {
      allowed: false,
      reasons: [actor.roles.includes("PARTNERSHIP_ADMIN") ? "partnership admins do not see case content" : "the user has no role that works with cases"],
    };
  }
  if (action === "edit" && !actor.roles.includes("FRONTLINE_WORKER")) {
    return { allowed: false, reasons: ["only frontline workers change people's records"] };
  }
  const recorded = facts.recordedByOrganisationId === actor.organisation.id;
  // Seeing a person follows seeing a case about them; changing them follows leading one.
  const caseAction = action === "edit" ? "edit" : "view";
  const throughCase = facts.cases.find((c) => decideCaseAccess(actor, c, agreements, caseAction).allowed);
  if (recorded) return { allowed: true, reasons: ["their organisation recorded the person"] };
  if (throughCase) {
    return {
      allowed: true,
      reasons: [action === "edit" ? "their organisation leads a case about the person" : "a case about the person is shared with their organisation"],
    };
  }
  return {
    allowed: false,
    reasons: [
      action === "edit"
        ? "their organisation neither recorded the person nor leads a case about them"
        : "the person is on no case shared with their organisation, and their organisation did not record them",
    ],
  };
}
