// THE rules for who may do what with a barrier (DOMAIN.md, "Tackling barriers"). Barriers are
// not case content: every user of the partnership may read them, which is how a formal
// mechanism earns trust. Raising needs a frontline worker's or locality lead's role; acting at a
// level needs responsibility for that level. Pure: it decides from facts already loaded, and says
// why, so the same reasons reach the page, the audit trail and the matrix test.
import type { BarrierStatus, EscalationLevel, Role } from "@/lib/generated/prisma/enums";
import type { AccessActor } from "./case-policy";

const open: readonly BarrierStatus[] = ["RAISED", "ACCEPTED", "IN_ACTION"];
const accepted: readonly BarrierStatus[] = ["ACCEPTED", "IN_ACTION"];

/**
 * Every action on a barrier: who may do it ("anyone" signed in with a role, a "raiser" role, a
 * "contributor", or whoever is "responsible" for the barrier's current level) and in which
 * statuses. Exceptions (the raiser editing before anyone accepts, an action's owner updating it)
 * are in decideBarrierAccess.
 */
const actionRules = {
  view: { who: "anyone", statuses: "any" },
  export: { who: "anyone", statuses: "any" },
  raise: { who: "raiser", statuses: "any" },
  linkCase: { who: "raiser", statuses: open },
  comment: { who: "contributor", statuses: open },
  edit: { who: "responsible", statuses: open },
  accept: { who: "responsible", statuses: ["RAISED"] },
  addAction: { who: "responsible", statuses: accepted },
  updateAction: { who: "responsible", statuses: accepted },
  escalate: { who: "responsible", statuses: open },
  resolve: { who: "responsible", statuses: accepted },
  closeUnresolved: { who: "responsible", statuses: accepted },
} as const satisfies Record<string, { who: "anyone" | "raiser" | "contributor" | "responsible"; statuses: "any" | readonly BarrierStatus[] }>;

export type BarrierAction = keyof typeof actionRules;
export const barrierActions = Object.keys(actionRules) as BarrierAction[];

/** The transitions a page offers as links or buttons, in the order it lists them. */
export const barrierTransitions = ["accept", "addAction", "escalate", "resolve", "closeUnresolved", "edit", "linkCase"] as const satisfies readonly BarrierAction[];

/** Roles that may raise a barrier (and add a case where it bit). */
export const raiserRoles: readonly Role[] = ["FRONTLINE_WORKER", "LOCALITY_LEAD"];
/** Roles that take part in tackling barriers, and so may comment on them. */
const contributorRoles: readonly Role[] = ["FRONTLINE_WORKER", "LOCALITY_LEAD", "SUPERVISOR", "BOARD_MEMBER"];

export function canRaiseBarriers(actor: Pick<AccessActor, "roles">): boolean {
  return actor.roles.some((role) => raiserRoles.includes(role));
}

/**
 * What the actor is responsible for, from their role assignments (lib/access/barrier-responsibility.ts
 * loads it): team leads (supervisors) of neighbourhoods, leads of single neighbourhoods, leads of
 * whole localities, and board membership.
 */
export type BarrierResponsibility = {
  /** Neighbourhoods where they lead a team: a supervisor's role names the neighbourhood or one of its teams. */
  teamLeadOf: readonly string[];
  /** Neighbourhoods a locality lead leads on their own. */
  leadsNeighbourhoods: readonly string[];
  /** Localities a locality lead leads as a whole. */
  leadsLocalities: readonly string[];
  board: boolean;
};

export const noResponsibility: BarrierResponsibility = { teamLeadOf: [], leadsNeighbourhoods: [], leadsLocalities: [], board: false };

export type BarrierFacts = {
  barrierId: string;
  level: EscalationLevel;
  status: BarrierStatus;
  /** Null for a barrier raised for a whole locality. */
  neighbourhoodId: string | null;
  localityId: string;
  raisedById: string;
  ownerId: string | null;
};

/** For "updateAction": the named owner of the action being updated, if any. */
export type ActionFacts = { ownerUserId: string | null };

export type BarrierDecision = { allowed: boolean; responsible: boolean; reasons: string[] };

export const levelNames: Record<EscalationLevel, string> = {
  NEIGHBOURHOOD: "neighbourhood",
  LOCALITY: "locality",
  PARTNERSHIP_BOARD: "partnership board",
};

/** Whether the actor is responsible for the barrier at its current level, with the reason in words. */
export function responsibilityFor(
  responsibility: BarrierResponsibility,
  facts: Pick<BarrierFacts, "level" | "neighbourhoodId" | "localityId">,
): { responsible: boolean; reason: string } {
  const { level, neighbourhoodId, localityId } = facts;
  if (level === "PARTNERSHIP_BOARD") {
    return responsibility.board
      ? { responsible: true, reason: "they are a member of the partnership board, which is responsible for it" }
      : { responsible: false, reason: "only partnership board members act on barriers escalated to the board" };
  }
  if (responsibility.leadsLocalities.includes(localityId)) {
    return { responsible: true, reason: `they lead its locality, which is responsible for it at the ${levelNames[level]} level` };
  }
  if (level === "LOCALITY") {
    return { responsible: false, reason: "only the leads of its locality act on barriers escalated to the locality" };
  }
  if (neighbourhoodId && responsibility.leadsNeighbourhoods.includes(neighbourhoodId)) {
    return { responsible: true, reason: "they lead its neighbourhood" };
  }
  if (neighbourhoodId && responsibility.teamLeadOf.includes(neighbourhoodId)) {
    return { responsible: true, reason: "they lead a team in its neighbourhood" };
  }
  return {
    responsible: false,
    reason: "only the team leads of its neighbourhood, its neighbourhood lead or its locality lead act on it at the neighbourhood level",
  };
}

function statusAllows(action: BarrierAction, status: BarrierStatus): boolean {
  const statuses = actionRules[action].statuses;
  return statuses === "any" || (statuses as readonly BarrierStatus[]).includes(status);
}

const statusRefusals: Partial<Record<BarrierAction, string>> = {
  accept: "it already has an owner at this level",
  addAction: "it must be accepted before actions are agreed",
  updateAction: "its actions can change only while it is accepted or in action",
  resolve: "it must be accepted before it is closed",
  closeUnresolved: "it must be accepted before it is closed",
};

/**
 * May the actor do this with the barrier? `facts` is null only for "raise" (nothing exists yet).
 * A user with no role at all is refused everything: they are not working in the partnership.
 */
export function decideBarrierAccess(
  actor: Pick<AccessActor, "userId" | "roles">,
  responsibility: BarrierResponsibility,
  facts: BarrierFacts | null,
  action: BarrierAction,
  actionFacts?: ActionFacts,
): BarrierDecision {
  const rule = actionRules[action];
  if (actor.roles.length === 0) return { allowed: false, responsible: false, reasons: ["the user has no role in the partnership"] };
  if (rule.who === "anyone") return { allowed: true, responsible: false, reasons: ["barriers are open to every user of the partnership"] };
  if (rule.who === "raiser" && facts === null) {
    return canRaiseBarriers(actor)
      ? { allowed: true, responsible: false, reasons: ["frontline workers and locality leads may raise barriers"] }
      : { allowed: false, responsible: false, reasons: ["only frontline workers and locality leads raise barriers"] };
  }
  if (facts === null) return { allowed: false, responsible: false, reasons: ["no such barrier"] };

  const { responsible, reason } = responsibilityFor(responsibility, facts);
  const allow = (...why: string[]): BarrierDecision => ({ allowed: true, responsible, reasons: [reason, ...why] });
  const deny = (why: string): BarrierDecision => ({ allowed: false, responsible, reasons: [reason, why] });

  if (!statusAllows(action, facts.status)) {
    return deny(statusRefusals[action] ?? "it is closed");
  }
  if (action === "escalate" && facts.level === "PARTNERSHIP_BOARD") return deny("the partnership board is the highest level");

  switch (rule.who) {
    case "raiser":
      return canRaiseBarriers(actor) ? allow("frontline workers and locality leads may add a case where it bit") : deny("only frontline workers and locality leads add cases to barriers");
    case "contributor":
      return responsible || actor.roles.some((role) => contributorRoles.includes(role))
        ? allow("people who take part in tackling barriers may comment")
        : deny("only people who take part in tackling barriers comment on them");
    case "responsible":
      if (responsible) return allow();
      if (action === "edit" && actor.userId === facts.raisedById && facts.status === "RAISED" && facts.level === "NEIGHBOURHOOD") {
        return allow("the person who raised it may change it until someone accepts it");
      }
      if (action === "updateAction" && actionFacts?.ownerUserId === actor.userId) return allow("they own the action");
      return deny(`only someone responsible for it at the ${levelNames[facts.level]} level may do this`);
  }
}

/** The level a barrier is escalated to from its current one (null at the top). */
export function nextLevel(level: EscalationLevel): EscalationLevel | null {
  if (level === "NEIGHBOURHOOD") return "LOCALITY";
  if (level === "LOCALITY") return "PARTNERSHIP_BOARD";
  return null;
}
