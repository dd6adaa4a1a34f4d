// A small partnership for the barrier tests: a neighbourhood with a team in a locality, another
// locality, and one person for every relation a user can have to a barrier there.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/tests/support/owner-db";
import type { BarrierStatus, EscalationLevel, Role } from "@/lib/generated/prisma/enums";
import { actorFor, createOrganisation, createPlace, createTheme, createUser } from "../../support/case-factories";
import { uniqueSuffix } from "../../support/factories";

type Scope = { localityId?: string; neighbourhoodId?: string; teamId?: string };

async function personWith(organisationId: string, roles: { role: Role; scope?: Scope }[]): Promise<Actor> {
  const user = await createUser({ organisationId, roles: [] });
  for (const { role, scope } of roles) await db.roleAssignment.create({ data: { userId: user.id, role, ...scope } });
  return actorFor(user.id);
}

export async function barrierWorld() {
  const { locality, neighbourhood } = await createPlace();
  const other = await createPlace();
  const team = await db.team.create({ data: { name: `Test team ${uniqueSuffix()}`, neighbourhoodId: neighbourhood.id, baseAddress: "1 Test Street" } });
  const otherTeam = await db.team.create({ data: { name: `Other team ${uniqueSuffix()}`, neighbourhoodId: other.neighbourhood.id, baseAddress: "2 Test Street" } });
  const council = await createOrganisation();
  const trust = await createOrganisation({ type: "NHS_TRUST" });
  const police = await createOrganisation({ type: "POLICE" });
  const gmca = await createOrganisation({ type: "OTHER" });
  const theme = await createTheme("Housing");

  const people = {
    raiser: await personWith(council.id, [{ role: "FRONTLINE_WORKER" }]),
    otherWorker: await personWith(police.id, [{ role: "FRONTLINE_WORKER" }]),
    actionOwner: await personWith(trust.id, [{ role: "FRONTLINE_WORKER" }]),
    teamLeadOfTeam: await personWith(council.id, [{ role: "SUPERVISOR", scope: { teamId: team.id } }]),
    teamLeadOfNeighbourhood: await personWith(trust.id, [{ role: "SUPERVISOR", scope: { neighbourhoodId: neighbourhood.id } }]),
    teamLeadElsewhere: await personWith(council.id, [{ role: "SUPERVISOR", scope: { teamId: otherTeam.id } }]),
    neighbourhoodLead: await personWith(council.id, [{ role: "LOCALITY_LEAD", scope: { neighbourhoodId: neighbourhood.id } }]),
    localityLead: await personWith(council.id, [{ role: "LOCALITY_LEAD", scope: { localityId: locality.id } }]),
    localityLeadElsewhere: await personWith(police.id, [{ role: "LOCALITY_LEAD", scope: { localityId: other.locality.id } }]),
    boardMember: await personWith(gmca.id, [{ role: "BOARD_MEMBER" }]),
    admin: await personWith(gmca.id, [{ role: "PARTNERSHIP_ADMIN" }]),
  };

  /** A barrier in the world's neighbourhood, put straight into the state a test needs. */
  async function freshBarrier(options: { level?: EscalationLevel; status?: BarrierStatus; raisedBy?: Actor; owner?: Actor | null; actionOwner?: Actor | null } = {}) {
    const level = options.level ?? "NEIGHBOURHOOD";
    const status = options.status ?? "RAISED";
    const raisedBy = options.raisedBy ?? people.raiser;
    const owner = options.owner === undefined ? (status === "RAISED" ? null : people.localityLead) : options.owner;
    const barrier = await db.barrier.create({
      data: {
        title: `Test barrier ${uniqueSuffix()}`,
        description: "The repairs system cannot be opened by partners.",
        effect: "Repairs are chased three times over.",
        category: "SYSTEM",
        neighbourhoodId: neighbourhood.id,
        localityId: locality.id,
        escalationLevel: level,
        status,
        raisedById: raisedBy.userId,
        raisedByOrganisationId: raisedBy.organisation.id,
        ownerId: owner?.userId ?? null,
        reviewBy: new Date(Date.now() + 20 * 86_400_000),
        organisations: { create: [{ organisationId: council.id }] },
        events: { create: { kind: "RAISED", actorId: raisedBy.userId, actorOrganisationId: raisedBy.organisation.id, toStatus: "RAISED", toLevel: level } },
      },
    });
    const actionOwner = options.actionOwner === undefined ? people.actionOwner : options.actionOwner;
    const action = await db.barrierAction.create({
      data: {
        barrierId: barrier.id,
        description: "Ask for read-only accounts",
        ownerOrganisationId: (actionOwner ?? people.actionOwner).organisation.id,
        ownerUserId: actionOwner?.userId ?? null,
        dueOn: new Date(Date.now() + 10 * 86_400_000),
        createdById: people.localityLead.userId,
      },
    });
    return { id: barrier.id, actionId: action.id, version: 1 };
  }

  /** A case led by the actor's organisation, so they may see it (if they work with cases). */
  async function caseOf(actor: Actor) {
    const person = await db.person.create({
      data: { givenName: "Robin", familyName: `Caseperson${uniqueSuffix()}`, searchName: "robin caseperson", dateOfBirth: new Date(Date.UTC(1980, 0, 1)) },
    });
    return db.sharedCase.create({
      data: {
        personId: person.id,
        neighbourhoodId: neighbourhood.id,
        riskLevel: "LOW",
        leadProfessionalId: actor.userId,
        leadOrganisationId: actor.organisation.id,
        createdById: actor.userId,
        themes: { create: [{ themeId: theme.id }] },
        involvements: { create: [{ organisationId: actor.organisation.id, role: "LEAD" }] },
      },
      include: { person: true },
    });
  }

  return { locality, neighbourhood, other, team, council, trust, police, gmca, people, freshBarrier, caseOf, requestId: () => randomUUID() };
}

export type BarrierWorld = Awaited<ReturnType<typeof barrierWorld>>;
