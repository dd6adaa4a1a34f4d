// Need-to-know inside an organisation (DOMAIN.md, "Information governance"): of the cases their
// organisation may see, a user sees those they are on, those of a neighbourhood whose co-located
// team they work in, those they supervise, or all of them where their organisation gives their
// role wider access. Pure: decides from facts already loaded, with the reason in words.
import type { Role } from "@/lib/generated/prisma/enums";

/** What the user's own position gives them, loaded once per request (worker-standing.ts). */
export type WorkerStanding = {
  /** Co-located teams the user is a member of. */
  teams: { id: string; name: string; neighbourhoodId: string; neighbourhoodName: string }[];
  /** What a supervisor role of theirs covers: a team (its neighbourhood and its members) or a neighbourhood. */
  supervises: {
    teamId: string | null;
    teamName: string | null;
    neighbourhoodId: string;
    neighbourhoodName: string;
    members: { id: string; name: string }[];
  }[];
  /** Roles of theirs to which their organisation gives wider access (all its cases). */
  organisationWideRoles: WideAccessRole[];
};

export const noStanding: WorkerStanding = { teams: [], supervises: [], organisationWideRoles: [] };

/** The facts of a case that need-to-know reads. */
export type CasePeople = {
  neighbourhoodId: string;
  leadProfessionalId: string;
  /** Named workers in the team around the person (not removed). */
  namedWorkerIds: string[];
  /** Users offered the lead by name in a pending transfer (they decide with the case in front of them). */
  leadOfferedToIds: string[];
};

// "break-glass" is given only by restricted-records.ts, for a restricted case.
export type NeedToKnowGround = "on-case" | "team" | "supervisor" | "organisation-setting" | "break-glass";

/** `reason` is for the audit trail and the admin's access checker; `toYou` is the same, said to the user. */
export type NeedToKnow =
  | { allowed: true; ground: NeedToKnowGround; reason: string; toYou: string }
  | { allowed: false; reason: string };

/** A grant said both ways: "they are …" for the record, "You are …" to the user. */
function grant(ground: NeedToKnowGround, phrase: string): NeedToKnow {
  return { allowed: true, ground, reason: `they ${phrase}`, toYou: `You ${phrase}.` };
}

/** Roles an organisation may give wider access: locality leads see case detail only where they are on the case. */
export const wideAccessRoleChoices = ["FRONTLINE_WORKER", "SUPERVISOR"] as const satisfies readonly Role[];
export type WideAccessRole = (typeof wideAccessRoleChoices)[number];

export function isWideAccessRole(role: Role): role is WideAccessRole {
  return (wideAccessRoleChoices as readonly Role[]).includes(role);
}

export const wideAccessRoleWords: Record<WideAccessRole, string> = {
  FRONTLINE_WORKER: "frontline workers",
  SUPERVISOR: "supervisors",
};

export function decideNeedToKnow(
  actor: { userId: string; roles: readonly Role[] },
  facts: CasePeople,
  standing: WorkerStanding,
): NeedToKnow {
  if (facts.leadProfessionalId === actor.userId) {
    return grant("on-case", "are the case's lead professional");
  }
  if (facts.namedWorkerIds.includes(actor.userId)) {
    return grant("on-case", "are a named worker on the case");
  }
  if (facts.leadOfferedToIds.includes(actor.userId)) {
    return grant("on-case", "are offered the lead of the case");
  }
  if (actor.roles.includes("FRONTLINE_WORKER")) {
    const team = standing.teams.find((t) => t.neighbourhoodId === facts.neighbourhoodId);
    if (team) {
      return grant("team", `are a member of ${team.name}, the co-located team serving ${team.neighbourhoodName}`);
    }
  }
  if (actor.roles.includes("SUPERVISOR")) {
    const onCase = [facts.leadProfessionalId, ...facts.namedWorkerIds];
    const area = standing.supervises.find((s) => s.neighbourhoodId === facts.neighbourhoodId);
    if (area) {
      return grant(
        "supervisor",
        area.teamName
          ? `supervise ${area.teamName}, the co-located team serving ${area.neighbourhoodName}`
          : `supervise the teams of ${area.neighbourhoodName}`,
      );
    }
    for (const scope of standing.supervises) {
      const member = scope.members.find((m) => onCase.includes(m.id));
      if (member && scope.teamName) {
        return grant("supervisor", `supervise ${member.name}, who is on the case, in ${scope.teamName}`);
      }
    }
  }
  const wide = standing.organisationWideRoles.find((role) => actor.roles.includes(role));
  if (wide) {
    const setting = `organisation gives its ${wideAccessRoleWords[wide]} access to all of the organisation's cases`;
    return { allowed: true, ground: "organisation-setting", reason: `their ${setting}`, toYou: `Your ${setting}.` };
  }
  return {
    allowed: false,
    reason:
      "inside their organisation, they are not on the case, not in a team of its neighbourhood and do not supervise it, and their organisation gives their role no wider access",
  };
}
