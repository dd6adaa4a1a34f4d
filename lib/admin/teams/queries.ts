// Reads of co-located teams for admins, including the "one workforce" view: who is who across
// agencies, grouped by organisation, with job titles.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { OrganisationType } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/domain/uuid";
import { assertPermitted } from "../permission";
import { toUserSummary, userSummarySelect, type UserSummary } from "../users/user-summary";

export type TeamRow = {
  id: string;
  name: string;
  localityName: string;
  neighbourhoodName: string;
  members: number;
  organisations: number;
};

export async function listTeams(actor: Actor, filters: { q: string; locality: string }): Promise<TeamRow[]> {
  assertPermitted(actor);
  const teams = await db.team.findMany({
    where: {
      ...(filters.q ? { name: { contains: filters.q, mode: "insensitive" } } : {}),
      ...(isUuid(filters.locality) ? { neighbourhood: { localityId: filters.locality } } : {}),
    },
    orderBy: [{ neighbourhood: { locality: { name: "asc" } } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      neighbourhood: { select: { name: true, locality: { select: { name: true } } } },
      members: { select: { user: { select: { organisationId: true } } } },
    },
  });
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    localityName: t.neighbourhood.locality.name,
    neighbourhoodName: t.neighbourhood.name,
    members: t.members.length,
    organisations: new Set(t.members.map((m) => m.user.organisationId)).size,
  }));
}

export type WorkforceMember = UserSummary & { roleInTeam: string | null };

export type TeamDetail = {
  id: string;
  name: string;
  baseAddress: string;
  neighbourhood: { id: string; name: string; code: string; localityName: string };
  updatedAt: Date;
  workforce: { organisation: { id: string; name: string; type: OrganisationType }; members: WorkforceMember[] }[];
  memberCount: number;
};

export async function getTeam(actor: Actor, id: string): Promise<TeamDetail | null> {
  assertPermitted(actor);
  if (!isUuid(id)) return null;
  const team = await db.team.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      baseAddress: true,
      updatedAt: true,
      neighbourhood: { select: { id: true, name: true, code: true, locality: { select: { name: true } } } },
      members: {
        orderBy: { user: { name: "asc" } },
        select: {
          roleInTeam: true,
          user: { select: { ...userSummarySelect, organisation: { select: { id: true, name: true, type: true } } } },
        },
      },
    },
  });
  if (!team) return null;
  const byOrganisation = new Map<string, TeamDetail["workforce"][number]>();
  for (const { user, roleInTeam } of team.members) {
    const group = byOrganisation.get(user.organisation.id) ?? { organisation: user.organisation, members: [] };
    group.members.push({ ...toUserSummary(user), roleInTeam });
    byOrganisation.set(user.organisation.id, group);
  }
  return {
    id: team.id,
    name: team.name,
    baseAddress: team.baseAddress,
    updatedAt: team.updatedAt,
    neighbourhood: {
      id: team.neighbourhood.id,
      name: team.neighbourhood.name,
      code: team.neighbourhood.code,
      localityName: team.neighbourhood.locality.name,
    },
    workforce: [...byOrganisation.values()].sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, "en-GB")),
    memberCount: team.members.length,
  };
}
