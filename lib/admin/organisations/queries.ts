// Reads of member organisations for partnership admins: membership facts, and case involvement
// as counts only (never case content).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrganisationStatus, OrganisationType, Role } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/domain/uuid";
import { pageCountOf, type Paged } from "@/lib/domain/paging";
import { assertPermitted } from "../permission";
import type { OrganisationFilters } from "./schemas";

export type OrganisationRow = {
  id: string;
  name: string;
  type: OrganisationType;
  status: OrganisationStatus;
  joinedOn: Date | null;
  userCount: number;
};

// A partnership has dozens of member organisations: one page usually shows them all.
const pageSize = 100;

export async function listOrganisations(
  actor: Actor,
  filters: OrganisationFilters,
  page = 1,
): Promise<Paged<OrganisationRow>> {
  assertPermitted(actor);
  const where: Prisma.OrganisationWhereInput = {
    ...(filters.q ? { name: { contains: filters.q, mode: "insensitive" } } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
  const [total, organisations] = await Promise.all([
    db.organisation.count({ where }),
    db.organisation.findMany({
      where,
      orderBy: { name: "asc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, name: true, type: true, status: true, joinedOn: true, _count: { select: { users: true } } },
    }),
  ]);
  return {
    rows: organisations.map(({ _count, ...o }) => ({ ...o, userCount: _count.users })),
    total,
    page,
    pageCount: pageCountOf(total, pageSize),
    pageSize,
  };
}

export type OrganisationOption = { id: string; name: string; status: OrganisationStatus };

/** Every organisation, for pickers (parties, moves, filters). */
export async function organisationOptions(actor: Actor): Promise<OrganisationOption[]> {
  assertPermitted(actor, "audit.read");
  return db.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, status: true } });
}

export type OrganisationForEdit = {
  id: string;
  name: string;
  type: OrganisationType;
  status: OrganisationStatus;
  joinedOn: Date | null;
  leftOn: Date | null;
  suspendedAt: Date | null;
  /** Roles given access to all of the organisation's cases (need-to-know's wider access). */
  wideAccessRoles: Role[];
  updatedAt: Date;
};

export const organisationForEditSelect = {
  id: true,
  name: true,
  type: true,
  status: true,
  joinedOn: true,
  leftOn: true,
  suspendedAt: true,
  wideAccessRoles: true,
  updatedAt: true,
} as const;

export async function getOrganisationForEdit(actor: Actor, id: string): Promise<OrganisationForEdit | null> {
  assertPermitted(actor);
  if (!isUuid(id)) return null;
  return db.organisation.findUnique({ where: { id }, select: organisationForEditSelect });
}
