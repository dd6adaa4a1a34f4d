// Everything the organisation page shows: its people, teams and agreements, and how much it is
// involved in shared cases — as counts only, so an admin never reads case content.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { unsafeAsSystem } from "@/lib/db/access-context";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/domain/uuid";
import { assertPermitted } from "../permission";
import { toUserSummary, userSummarySelect, type UserSummary } from "../users/user-summary";
import { organisationForEditSelect, type OrganisationForEdit } from "./queries";

export type OrganisationProfile = OrganisationForEdit & {
  users: UserSummary[];
  teams: { id: string; name: string; neighbourhoodName: string; members: number }[];
  agreements: { id: string; reference: string; title: string; status: AgreementStatus; endsOn: Date | null }[];
  involvement: {
    leadOpen: number;
    leadClosed: number;
    involvedNow: number;
    involvedBefore: number;
    referralsPending: number;
  };
};

export async function getOrganisationProfile(actor: Actor, id: string): Promise<OrganisationProfile | null> {
  assertPermitted(actor);
  if (!isUuid(id)) return null;
  const organisation = await db.organisation.findUnique({
    where: { id },
    select: { ...organisationForEditSelect, users: { orderBy: { name: "asc" }, select: userSummarySelect } },
  });
  if (!organisation) return null;
  const [teams, agreements, involvement] = await Promise.all([
    teamsWithMembersFrom(id),
    db.sharingAgreement.findMany({
      where: { parties: { some: { organisationId: id } } },
      orderBy: { startsOn: "desc" },
      select: { id: true, reference: true, title: true, status: true, endsOn: true },
    }),
    involvementCounts(id),
  ]);
  const { users, ...facts } = organisation;
  return {
    ...facts,
    users: users.map(toUserSummary),
    teams,
    agreements,
    involvement,
  };
}

async function teamsWithMembersFrom(organisationId: string) {
  const fromHere = { user: { organisationId } };
  const teams = await db.team.findMany({
    where: { members: { some: fromHere } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      neighbourhood: { select: { name: true } },
      _count: { select: { members: { where: fromHere } } },
    },
  });
  return teams.map((t) => ({ id: t.id, name: t.name, neighbourhoodName: t.neighbourhood.name, members: t._count.members }));
}

// Counts across organisations, as an admin may see them: how many, never which or whose.
async function involvementCounts(organisationId: string) {
  return unsafeAsSystem(async (tx) => ({
    leadOpen: await tx.sharedCase.count({ where: { leadOrganisationId: organisationId, status: { not: "CLOSED" } } }),
    leadClosed: await tx.sharedCase.count({ where: { leadOrganisationId: organisationId, status: "CLOSED" } }),
    involvedNow: await tx.caseInvolvement.count({ where: { organisationId, leftAt: null } }),
    involvedBefore: await tx.caseInvolvement.count({ where: { organisationId, leftAt: { not: null } } }),
    referralsPending: await tx.referral.count({ where: { toOrganisationId: organisationId, status: "PENDING" } }),
  }));
}
