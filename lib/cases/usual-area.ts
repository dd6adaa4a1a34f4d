// An organisation's usual area, for the warning on the open-a-case form: the localities where it
// led a case opened in the last 12 months, or has a member in a neighbourhood team. Opening a
// case elsewhere is allowed (people move, services cover borders) but worth a second look.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { db } from "@/lib/db";

const yearMs = 365 * 24 * 60 * 60 * 1000;

export async function usualAreaOf(actor: AccessActor, now: Date = new Date()): Promise<{ id: string; name: string }[]> {
  const organisationId = actor.organisation.id;
  return db.locality.findMany({
    where: {
      neighbourhoods: {
        some: {
          OR: [
            { cases: { some: { leadOrganisationId: organisationId, openedAt: { gte: new Date(now.getTime() - yearMs) } } } },
            { teams: { some: { members: { some: { user: { organisationId } } } } } },
          ],
        },
      },
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** The neighbourhood of the worker's own co-located team (the first by name, if several). */
export async function teamNeighbourhoodOf(actor: AccessActor): Promise<string | null> {
  const membership = await db.teamMember.findFirst({
    where: { userId: actor.userId },
    orderBy: { team: { name: "asc" } },
    select: { team: { select: { neighbourhoodId: true } } },
  });
  return membership?.team.neighbourhoodId ?? null;
}
