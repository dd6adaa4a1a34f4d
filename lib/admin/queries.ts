// Reads for partnership admins: membership, never case content.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hasPermission } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { OrganisationStatus, OrganisationType } from "@/lib/generated/prisma/enums";

export type OrganisationRow = {
  id: string;
  name: string;
  type: OrganisationType;
  status: OrganisationStatus;
  joinedOn: Date | null;
  userCount: number;
};

export async function listOrganisations(actor: Actor): Promise<OrganisationRow[]> {
  if (!hasPermission(actor.roles, "admin.manage")) return [];
  const organisations = await db.organisation.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      type: true,
      status: true,
      joinedOn: true,
      _count: { select: { users: true } },
    },
  });
  return organisations.map(({ _count, ...o }) => ({ ...o, userCount: _count.users }));
}
