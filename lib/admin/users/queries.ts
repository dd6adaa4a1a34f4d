// Reads of users for partnership admins: who works where in which role. No case content.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { unsafeAsSystem } from "@/lib/db/access-context";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrganisationStatus, Role } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/domain/uuid";
import { pageCountOf, type Paged } from "@/lib/domain/paging";
import { assertPermitted } from "../permission";
import type { UserFilters } from "./schemas";
import { toUserSummary, userSummarySelect, type UserSummary } from "./user-summary";

export type UserRow = UserSummary & { organisationName: string };

const pageSize = 50;

function whereOf(filters: UserFilters): Prisma.UserWhereInput {
  return {
    ...(filters.q
      ? { OR: [{ name: { contains: filters.q, mode: "insensitive" } }, { email: { contains: filters.q.toLowerCase() } }] }
      : {}),
    ...(filters.organisation ? { organisationId: filters.organisation } : {}),
    ...(filters.role ? { roles: { some: { role: filters.role } } } : {}),
    ...(filters.status === "active" ? { deactivatedAt: null, passwordHash: { not: null } } : {}),
    ...(filters.status === "deactivated" ? { deactivatedAt: { not: null } } : {}),
    ...(filters.status === "awaiting-password" ? { deactivatedAt: null, passwordHash: null } : {}),
  };
}

export async function listUsers(actor: Actor, filters: UserFilters, page = 1): Promise<Paged<UserRow>> {
  assertPermitted(actor);
  const where = whereOf(filters);
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { email: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { ...userSummarySelect, organisation: { select: { name: true } } },
    }),
  ]);
  return {
    rows: users.map((u) => ({ ...toUserSummary(u), organisationName: u.organisation.name })),
    total,
    page,
    pageCount: pageCountOf(total, pageSize),
    pageSize,
  };
}

export type UserProfile = {
  id: string;
  name: string;
  email: string;
  jobTitle: string | null;
  organisation: { id: string; name: string; status: OrganisationStatus };
  roles: { role: Role; localityId: string | null; neighbourhoodId: string | null; teamId: string | null; area: string | null }[];
  teams: { id: string; name: string; neighbourhoodName: string; roleInTeam: string | null }[];
  deactivatedAt: Date | null;
  awaitingPassword: boolean;
  passwordLinkExpiresAt: Date | null;
  authenticatorSetUpAt: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  openCasesLed: number;
};

export async function getUserProfile(actor: Actor, id: string): Promise<UserProfile | null> {
  assertPermitted(actor);
  if (!isUuid(id)) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      jobTitle: true,
      deactivatedAt: true,
      passwordHash: true,
      lastSignInAt: true,
      createdAt: true,
      updatedAt: true,
      organisation: { select: { id: true, name: true, status: true } },
      roles: {
        orderBy: { createdAt: "asc" },
        select: {
          role: true,
          localityId: true,
          neighbourhoodId: true,
          teamId: true,
          team: { select: { name: true } },
          locality: { select: { name: true } },
          neighbourhood: { select: { name: true, locality: { select: { name: true } } } },
        },
      },
      teamMemberships: {
        select: { roleInTeam: true, team: { select: { id: true, name: true, neighbourhood: { select: { name: true } } } } },
      },
      totpCredential: { select: { confirmedAt: true } },
      passwordTokens: {
        where: { usedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { expiresAt: "desc" },
        take: 1,
        select: { expiresAt: true },
      },
    },
  });
  if (!user) return null;
  // A count across organisations (an admin sees how many, never which).
  const openCasesLed = await unsafeAsSystem((tx) => tx.sharedCase.count({ where: { leadProfessionalId: id, status: { not: "CLOSED" } } }));
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    jobTitle: user.jobTitle,
    organisation: user.organisation,
    roles: user.roles.map((r) => ({
      role: r.role,
      localityId: r.localityId,
      neighbourhoodId: r.neighbourhoodId,
      teamId: r.teamId,
      area: r.team
        ? `${r.team.name} (team)`
        : r.locality
        ? `${r.locality.name} (locality)`
        : r.neighbourhood
          ? `${r.neighbourhood.name}, ${r.neighbourhood.locality.name} (neighbourhood)`
          : null,
    })),
    teams: user.teamMemberships.map((m) => ({
      id: m.team.id,
      name: m.team.name,
      neighbourhoodName: m.team.neighbourhood.name,
      roleInTeam: m.roleInTeam,
    })),
    deactivatedAt: user.deactivatedAt,
    awaitingPassword: user.passwordHash === null,
    passwordLinkExpiresAt: user.passwordTokens[0]?.expiresAt ?? null,
    authenticatorSetUpAt: user.totpCredential?.confirmedAt ?? null,
    lastSignInAt: user.lastSignInAt,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
    openCasesLed,
  };
}

export type LeadAreaOptions = {
  localities: { id: string; name: string; neighbourhoods: { id: string; name: string; code: string; teams: { id: string; name: string }[] }[] }[];
};

/** The localities and neighbourhoods a locality lead can lead, for the role forms. */
export async function leadAreaOptions(actor: Actor): Promise<LeadAreaOptions> {
  assertPermitted(actor);
  const localities = await db.locality.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      neighbourhoods: { orderBy: { name: "asc" }, select: { id: true, name: true, code: true, teams: { orderBy: { name: "asc" }, select: { id: true, name: true } } } },
    },
  });
  return { localities };
}

/** A user's id from their email address (any case), for filters and pickers. */
export async function userIdByEmail(actor: Actor, email: string): Promise<string | null> {
  assertPermitted(actor, "audit.read");
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  return user?.id ?? null;
}
