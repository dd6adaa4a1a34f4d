// Restricted records (DOMAIN.md, "Information governance"; issue 14 item 3). Pure, like
// need-to-know.ts. The rule, exactly:
// - A restricted case is seen (every action) only by users on it — lead professional, named
//   worker, offered the lead — and, for reading only (actions that change nothing), by a holder
//   of break-glass access in force. Team, supervisor and organisation-wide grounds no longer
//   open it: the restriction takes them away.
// - A user who would have seen it but for the restriction (their organisation may see the case
//   and need-to-know lets them in on those other grounds) sees it redacted: "Restricted record —
//   held by <organisation>", and may use break-glass or request access. Nobody else learns of it.
// - Break-glass needs the same standing: it restores, for a few hours, what the restriction took.
// - A restricted person is found (search, duplicate suggestions, person page) only by users on
//   one of their cases (lead professional, named worker, offered the lead).
// The list twin is restricted-records-where.ts (tested to agree with the decision).
import type { Role } from "@/lib/generated/prisma/enums";
import { decideNeedToKnow, type CasePeople, type NeedToKnow, type WorkerStanding } from "./need-to-know";

const breakGlassPhrase = "hold break-glass access to this restricted record, in force now";
/** The reason a read under break-glass is audited with (the access log flags it by this). */
export const breakGlassReason = `they ${breakGlassPhrase}`;

/** How long break-glass access lasts. */
export const breakGlassHours = 4;

/** The facts of a case that the restriction rule reads (case-facts.ts loads them). */
export type RestrictionFacts = {
  restricted: boolean;
  /** Users holding break-glass access to the case that is in force now. */
  breakGlassUserIds: string[];
};

export function isOnCase(userId: string, facts: CasePeople): boolean {
  return facts.leadProfessionalId === userId || facts.namedWorkerIds.includes(userId) || facts.leadOfferedToIds.includes(userId);
}

/** Need-to-know with the restriction applied: what case-policy.ts asks inside an organisation that may see the record. */
export function decideInsideOrganisation(
  actor: { userId: string; roles: readonly Role[] },
  facts: CasePeople & RestrictionFacts,
  standing: WorkerStanding,
): NeedToKnow {
  const base = decideNeedToKnow(actor, facts, standing);
  if (!facts.restricted || !base.allowed || base.ground === "on-case") return base;
  if (facts.breakGlassUserIds.includes(actor.userId)) {
    return { allowed: true, ground: "break-glass", reason: breakGlassReason, toYou: `You ${breakGlassPhrase}.` };
  }
  return {
    allowed: false,
    reason: "the case is a restricted record: only the people on it, and break-glass access, open it",
  };
}

/**
 * Would the user see the case but for its restriction? Then they see it redacted and may break
 * the glass or request access. `organisationMaySee` is the organisation-level rule's answer.
 */
export function seesRedacted(
  actor: { userId: string; roles: readonly Role[] },
  facts: CasePeople & RestrictionFacts,
  standing: WorkerStanding,
  organisationMaySee: boolean,
): boolean {
  if (!organisationMaySee || !facts.restricted || isOnCase(actor.userId, facts)) return false;
  return decideNeedToKnow(actor, facts, standing).allowed;
}

/** A restricted person bars everyone who is on none of their cases. Null: no bar. */
export function personRestrictionBar(userId: string, person: { restricted: boolean; cases: CasePeople[] }): string | null {
  if (!person.restricted || person.cases.some((c) => isOnCase(userId, c))) return null;
  return "the person's record is restricted: only the people on their cases find it";
}

/**
 * Breaking the glass and requesting access are for exactly the users who see the record
 * redacted; break-glass once at a time (a grant in force must lapse before another).
 */
export function decideReachingRestricted(
  actor: { userId: string; roles: readonly Role[] },
  facts: CasePeople & RestrictionFacts,
  standing: WorkerStanding,
  organisationMaySee: boolean,
  action: "breakGlass" | "requestAccess",
): { allowed: boolean; reason: string } {
  if (!actor.roles.includes("FRONTLINE_WORKER")) return { allowed: false, reason: "only frontline workers reach restricted records" };
  if (!seesRedacted(actor, facts, standing, organisationMaySee)) {
    return { allowed: false, reason: "only a user who would see the case but for its restriction may break the glass or request access" };
  }
  if (action === "breakGlass" && facts.breakGlassUserIds.includes(actor.userId)) {
    return { allowed: false, reason: "they already hold break-glass access in force" };
  }
  return {
    allowed: true,
    reason: action === "breakGlass" ? "they would see the case but for its restriction, and state why they must" : "they would see the case but for its restriction, and ask its lead professional",
  };
}
