// The case rules of case-policy.ts as a Prisma filter, so a list, a search or a count can
// never include a case the actor may not see: the organisation's rule, then need-to-know inside
// it (need-to-know.ts). Tests check it agrees with decideCaseAccess on random worlds.
import { londonToday } from "@/lib/domain/london-time";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessActor, AccessGrounds } from "./case-policy";
import type { WorkerStanding } from "./need-to-know";
import { restrictionAllowsWhere } from "./restricted-records-where";

const nothing: Prisma.SharedCaseWhereInput = { id: { in: [] } };

export function canWorkWithCases(actor: AccessActor): boolean {
  return actor.roles.includes("FRONTLINE_WORKER") || actor.roles.includes("LOCALITY_LEAD");
}

/** Cases whose record the actor may see ("view", "search", "export"). */
export function visibleCasesWhere(actor: AccessActor, grounds: AccessGrounds): Prisma.SharedCaseWhereInput {
  if (!canWorkWithCases(actor)) return nothing;
  const organisation = organisationMaySeeWhere(actor, grounds);
  const personal = needToKnowWhere(actor, grounds.standing);
  return { AND: [organisation, ...(personal ? [personal] : []), restrictionAllowsWhere(actor)] };
}

/** The organisation-level rule: the lead, or involved under an agreement in force that covers the case. */
export function organisationMaySeeWhere(actor: AccessActor, grounds: AccessGrounds): Prisma.SharedCaseWhereInput {
  const organisationId = actor.organisation.id;
  const covering = grounds.agreements
    .filter((a) => a.partyIds.includes(organisationId))
    .map((a) => ({
      leadOrganisationId: { in: a.partyIds },
      themes: { every: { themeId: { in: a.themeIds } } },
    }));
  // Consent withdrawn or lapsed, or a lawful basis unconfirmed, suspends partners (consent-state.ts).
  const consentInForce: Prisma.SharedCaseWhereInput = {
    partnerAccessSuspended: false,
    OR: [{ partnerAccessLapsesOn: null }, { partnerAccessLapsesOn: { gt: grounds.today ?? londonToday() } }],
  };
  const asLead: Prisma.SharedCaseWhereInput = { leadOrganisationId: organisationId };
  if (covering.length === 0) return asLead;
  return {
    OR: [
      asLead,
      { involvements: { some: { organisationId, leftAt: null } }, AND: [{ OR: covering }, consentInForce] },
    ],
  };
}

/** Need-to-know as a filter; null when the organisation gives the actor's role every case. */
export function needToKnowWhere(actor: AccessActor, standing: WorkerStanding): Prisma.SharedCaseWhereInput | null {
  if (standing.organisationWideRoles.some((role) => actor.roles.includes(role))) return null;
  const onCase = (userIds: string[]): Prisma.SharedCaseWhereInput[] => [
    { leadProfessionalId: { in: userIds } },
    { workers: { some: { userId: { in: userIds }, removedAt: null } } },
  ];
  const any: Prisma.SharedCaseWhereInput[] = [
    ...onCase([actor.userId]),
    { leadTransfers: { some: { status: "PENDING", toProfessionalId: actor.userId } } },
  ];
  const neighbourhoods = new Set<string>();
  if (actor.roles.includes("FRONTLINE_WORKER")) for (const team of standing.teams) neighbourhoods.add(team.neighbourhoodId);
  if (actor.roles.includes("SUPERVISOR")) {
    for (const scope of standing.supervises) neighbourhoods.add(scope.neighbourhoodId);
    const supervised = standing.supervises.filter((s) => s.teamName).flatMap((s) => s.members.map((m) => m.id));
    if (supervised.length > 0) any.push(...onCase([...new Set(supervised)]));
  }
  if (neighbourhoods.size > 0) any.push({ neighbourhoodId: { in: [...neighbourhoods] } });
  return { OR: any };
}

/** Notes of a visible case that the actor may read. */
export function visibleNotesWhere(actor: AccessActor): Prisma.CaseNoteWhereInput {
  return { OR: [{ visibility: "ALL_INVOLVED" }, { authorOrganisationId: actor.organisation.id }] };
}
