// The signed-in user as every page and server action sees them: re-read from the database on
// each request, so deactivation, a suspended organisation, or a password or role change
// (which bumps sessionVersion) ends existing sessions at once.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import type { OrganisationType, Role } from "@/lib/generated/prisma/enums";
import { auth, sessionAbsoluteLimitMs } from "./auth";
import { hasPermission, type Permission } from "./roles";

export type RoleScope = { role: Role; localityId: string | null; neighbourhoodId: string | null };

export type Actor = {
  userId: string;
  name: string;
  email: string;
  organisation: { id: string; name: string; type: OrganisationType };
  roles: Role[];
  scopes: RoleScope[];
};

export type SessionClaims = { userId: string; sessionVersion: number; signedInAt: number };

/**
 * The actor a session token stands for, or null when the session must end: too old, the user
 * deactivated, their organisation no longer active, or their sessions revoked (version bumped).
 */
export async function actorFromSession(session: SessionClaims, now = Date.now()): Promise<Actor | null> {
  if (!session.userId || now - session.signedInAt > sessionAbsoluteLimitMs) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      name: true,
      email: true,
      deactivatedAt: true,
      sessionVersion: true,
      organisation: { select: { id: true, name: true, type: true, status: true } },
      roles: { select: { role: true, localityId: true, neighbourhoodId: true } },
    },
  });
  if (!user || user.deactivatedAt || user.organisation.status !== "ACTIVE") return null;
  if (user.sessionVersion !== session.sessionVersion) return null;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    organisation: { id: user.organisation.id, name: user.organisation.name, type: user.organisation.type },
    roles: [...new Set(user.roles.map((r) => r.role))],
    scopes: user.roles,
  };
}

export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  return session?.userId ? actorFromSession(session) : null;
});

/**
 * The signed-in actor, or a redirect to sign-in. With a permission, an actor without it gets
 * the same 404 as a page that does not exist.
 */
export async function requireActor(permission?: Permission): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  if (permission && !hasPermission(actor.roles, permission)) notFound();
  return actor;
}
