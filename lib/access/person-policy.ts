// THE rules for who may see or change a person's record (DOMAIN.md: a person is seen through the
// cases about them). Pure, like case-policy.ts: it decides from facts already loaded and says
// why. Its list twin for "view" is lib/people/visible-people-where.ts (tested to agree).
import { decideCaseAccess, organisationMaySeeCase, type AccessActor, type AccessGrounds, type CaseFacts } from "./case-policy";
import { personRestrictionBar } from "./restricted-records";
import { canWorkWithCases } from "./visible-cases-where";

/** "view": the person page; "edit": their details and their household (joining, leaving). */
export type PersonAction = "view" | "edit";

export type PersonFacts = {
  personId: string;
  /** The organisation of the user who recorded the person (null if that user is gone). */
  recordedByOrganisationId: string | null;
  /** The facts of every case about the person. */
  cases: CaseFacts[];
  /** A restricted person (restricted-records.ts). */
  restricted: boolean;
};

export type PersonDecision = { allowed: boolean; reasons: string[] };

export function decidePersonAccess(
  actor: AccessActor,
  facts: PersonFacts,
  grounds: AccessGrounds,
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
  const bar = personRestrictionBar(actor.userId, facts);
  if (bar) return { allowed: false, reasons: [bar] };
  // Need-to-know: recording a person opens them to the organisation until it may see a case about
  // them; from then on, seeing them follows seeing such a case, and changing them editing one.
  const recorded =
    facts.recordedByOrganisationId === actor.organisation.id &&
    !facts.cases.some((c) => organisationMaySeeCase(actor.organisation.id, c, grounds.agreements, grounds.today));
  const caseAction = action === "edit" ? "edit" : "view";
  const throughCase = facts.cases.find((c) => decideCaseAccess(actor, c, grounds, caseAction).allowed);
  if (recorded) return { allowed: true, reasons: ["their organisation recorded the person, and may see no case about them yet"] };
  if (throughCase) {
    return {
      allowed: true,
      reasons: [action === "edit" ? "they may edit a case about the person" : "they may see a case about the person"],
    };
  }
  return {
    allowed: false,
    reasons: [
      action === "edit"
        ? "they may edit no case about the person, and the person is not a new record of their organisation"
        : "they may see no case about the person, and the person is not a new record of their organisation",
    ],
  };
}

/**
 * Merging two records of one person changes both (one is kept, the other becomes a tombstone):
 * whoever may edit both may merge them; an unmerge changes the kept record and is decided on it.
 */
export function decidePersonMerge(actor: AccessActor, kept: PersonFacts, mergedAway: PersonFacts, grounds: AccessGrounds): PersonDecision {
  if (kept.personId === mergedAway.personId) return { allowed: false, reasons: ["a record cannot be merged with itself"] };
  const keep = decidePersonAccess(actor, kept, grounds, "edit");
  const away = decidePersonAccess(actor, mergedAway, grounds, "edit");
  if (!keep.allowed || !away.allowed) {
    return { allowed: false, reasons: [...(keep.allowed ? [] : keep.reasons.map((r) => `record kept: ${r}`)), ...(away.allowed ? [] : away.reasons.map((r) => `record merged away: ${r}`))] };
  }
  return { allowed: true, reasons: ["they may edit both records", ...keep.reasons] };
}
