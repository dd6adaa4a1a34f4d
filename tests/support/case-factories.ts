// Shared cases and their surroundings for integration tests, all uniquely named.
import { db } from "@/tests/support/owner-db";
import { searchNameOf } from "@/lib/domain/person-matching";
import type { Actor } from "@/lib/auth/actor";
import type { ConsentStatus, LawfulBasis, Role } from "@/lib/generated/prisma/enums";
import { createOrganisation, createUser, uniqueSuffix } from "./factories";

export async function createPlace() {
  const suffix = uniqueSuffix();
  const locality = await db.locality.create({ data: { code: `T-${suffix}`, name: `Test locality ${suffix}`, slug: `test-locality-${suffix}` } });
  const neighbourhood = await db.neighbourhood.create({
    data: { code: `TN-${suffix}`, name: `Test neighbourhood ${suffix}`, slug: `test-neighbourhood-${suffix}`, localityId: locality.id, population: 40_000 },
  });
  return { locality, neighbourhood };
}

export async function createTheme(name = "Theme") {
  const suffix = uniqueSuffix();
  return db.theme.create({ data: { code: `T_${suffix}`, name: `${name} ${suffix}` } });
}

export async function createOutcomeType() {
  const suffix = uniqueSuffix();
  return db.outcomeType.create({ data: { code: `O_${suffix}`, name: `Outcome ${suffix}` } });
}

const day = 86_400_000;
export const daysFromToday = (days: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * day);
};

export async function createAgreement(options: { partyIds: string[]; themeIds: string[]; startsInDays?: number; endsInDays?: number | null; status?: "ACTIVE" | "DRAFT" | "ENDED" }) {
  return db.sharingAgreement.create({
    data: {
      reference: `ISA-TEST-${uniqueSuffix()}`,
      title: "Test agreement",
      purpose: "Integrated neighbourhood working (test)",
      lawfulBasis: "PUBLIC_TASK",
      status: options.status ?? "ACTIVE",
      startsOn: daysFromToday(options.startsInDays ?? -365),
      endsOn: options.endsInDays === null || options.endsInDays === undefined ? null : daysFromToday(options.endsInDays),
      parties: { create: options.partyIds.map((organisationId) => ({ organisationId })) },
      themes: { create: options.themeIds.map((themeId) => ({ themeId })) },
    },
  });
}

/** An Actor as requireActor() would build it, for calling data-access functions directly. */
export async function actorFor(userId: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      organisation: { select: { id: true, name: true, type: true } },
      roles: { select: { role: true, localityId: true, neighbourhoodId: true } },
    },
  });
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    organisation: user.organisation,
    roles: [...new Set(user.roles.map((r) => r.role))],
    scopes: user.roles,
  };
}

export async function createActor(options: { organisationId?: string; roles?: Role[] } = {}) {
  const user = await createUser(options);
  return actorFor(user.id);
}

/**
 * Need-to-know (lib/access/need-to-know.ts): puts users in the co-located team of a neighbourhood,
 * so they see its cases that their organisations may see, without being on each case.
 */
export async function joinTeam(neighbourhoodId: string, ...members: { userId: string }[]) {
  const team = await db.team.upsert({
    where: { neighbourhoodId_name: { neighbourhoodId, name: "Integrated Neighbourhood Team" } },
    create: { neighbourhoodId, name: "Integrated Neighbourhood Team", baseAddress: "1 Test Street" },
    update: {},
  });
  await db.teamMember.createMany({ data: members.map((m) => ({ teamId: team.id, userId: m.userId })), skipDuplicates: true });
  return team;
}

export async function createPerson(createdById: string) {
  const suffix = uniqueSuffix();
  return db.person.create({
    data: {
      givenName: "Alex",
      familyName: `Tester${suffix}`,
      searchName: searchNameOf("Alex", `Tester${suffix}`),
      dateOfBirth: new Date(Date.UTC(1985, 2, 27)),
      createdById,
    },
  });
}

export async function createCase(options: {
  lead: Actor;
  neighbourhoodId: string;
  themeIds: string[];
  involvedOrganisationIds?: string[];
  consent?: { status: ConsentStatus; lawfulBasis?: LawfulBasis; approvedById?: string };
}) {
  const person = await createPerson(options.lead.userId);
  const consent = options.consent ?? { status: "GIVEN" as const };
  return db.sharedCase.create({
    data: {
      personId: person.id,
      neighbourhoodId: options.neighbourhoodId,
      riskLevel: "MEDIUM",
      leadProfessionalId: options.lead.userId,
      leadOrganisationId: options.lead.organisation.id,
      createdById: options.lead.userId,
      themes: { create: options.themeIds.map((themeId) => ({ themeId })) },
      involvements: {
        create: [
          { organisationId: options.lead.organisation.id, role: "LEAD" as const },
          ...(options.involvedOrganisationIds ?? []).map((organisationId) => ({ organisationId, role: "SUPPORTING" as const })),
        ],
      },
      consents: {
        create: {
          status: consent.status,
          decidedOn: consent.status === "NOT_YET_ASKED" ? null : daysFromToday(-10),
          lawfulBasis: consent.lawfulBasis ?? null,
          lawfulBasisApprovedById: consent.approvedById ?? null,
          recordedById: options.lead.userId,
        },
      },
    },
    include: { person: true },
  });
}

export { createOrganisation, createUser };
