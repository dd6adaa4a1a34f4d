// The case rules of case-policy.ts as a Prisma filter, so a list, a search or a count can
// never include a case the actor may not see. Tests check it agrees with decideCaseAccess.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessActor, AgreementInForce } from "./case-policy";

const nothing: Prisma.SharedCaseWhereInput = { id: { in: [] } };

export function canWorkWithCases(actor: AccessActor): boolean {
  return actor.roles.includes("FRONTLINE_WORKER") || actor.roles.includes("LOCALITY_LEAD");
}

/** Cases whose record the actor may see ("view", "search", "export"). */
export function visibleCasesWhere(
  actor: AccessActor,
  agreements: AgreementInForce[],
): Prisma.SharedCaseWhereInput {
  if (!canWorkWithCases(actor)) return nothing;
  const organisationId = actor.organisation.id;
  const covering = agreements
    .filter((a) => a.partyIds.includes(organisationId))
    .map((a) => ({
      leadOrganisationId: { in: a.partyIds },
      themes: { every: { themeId: { in: a.themeIds } } },
    }));
  const asLead: Prisma.SharedCaseWhereInput = { leadOrganisationId: organisationId };
  if (covering.length === 0) return asLead;
  return {
    OR: [
      asLead,
      { involvements: { some: { organisationId, leftAt: null } }, OR: covering },
    ],
  };
}

/** Notes of a visible case that the actor may read. */
export function visibleNotesWhere(actor: AccessActor): Prisma.CaseNoteWhereInput {
  return { OR: [{ visibility: "ALL_INVOLVED" }, { authorOrganisationId: actor.organisation.id }] };
}
