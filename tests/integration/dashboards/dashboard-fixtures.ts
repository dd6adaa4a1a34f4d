// A small, uniquely named place for dashboard tests: a locality with neighbourhoods, themes,
// outcome types, two organisations and a worker, so demo data and other tests never interfere.
import { db } from "@/tests/support/owner-db";
import { createOrganisation, createUser, uniqueSuffix } from "../../support/factories";

export type DashboardFixture = Awaited<ReturnType<typeof createDashboardFixture>>;

export async function createDashboardFixture(options: { neighbourhoods?: number; themes?: number; populations?: number[] } = {}) {
  const suffix = uniqueSuffix();
  const locality = await db.locality.create({
    data: { code: `DL-${suffix}`, name: `Dashboard locality ${suffix}`, slug: `dashboard-locality-${suffix}` },
  });
  const neighbourhoods = [];
  for (let i = 0; i < (options.neighbourhoods ?? 2); i += 1) {
    neighbourhoods.push(
      await db.neighbourhood.create({
        data: {
          code: `DN-${suffix}-${i + 1}`,
          name: `Dashboard neighbourhood ${i + 1} ${suffix}`,
          slug: `dashboard-neighbourhood-${i + 1}-${suffix}`,
          localityId: locality.id,
          population: options.populations?.[i] ?? 40_000,
        },
      }),
    );
  }
  const themes = [];
  for (let i = 0; i < (options.themes ?? 3); i += 1) {
    themes.push(await db.theme.create({ data: { code: `DT_${suffix}_${i}`, name: `Dashboard theme ${i + 1} ${suffix}`, sortOrder: i } }));
  }
  const outcomeTypes = [];
  for (let i = 0; i < 2; i += 1) {
    outcomeTypes.push(await db.outcomeType.create({ data: { code: `DO_${suffix}_${i}`, name: `Dashboard outcome ${i + 1} ${suffix}` } }));
  }
  const council = await createOrganisation({ type: "LOCAL_AUTHORITY" });
  const police = await createOrganisation({ type: "POLICE" });
  const worker = await createUser({ organisationId: council.id });
  const person = await db.person.create({
    data: {
      givenName: "Sam",
      familyName: `Dashboard${suffix}`,
      searchName: `sam dashboard${suffix}`,
      dateOfBirth: new Date(Date.UTC(1990, 0, 1)),
    },
  });
  return { suffix, locality, neighbourhoods, themes, outcomeTypes, council, police, worker, person };
}

/** A case in the fixture, opened at `openedAt`, with optional themes. */
export async function createFixtureCase(
  f: DashboardFixture,
  options: { neighbourhood?: number; openedAt: Date; themes?: number[]; firstContactAt?: Date | null },
) {
  return db.sharedCase.create({
    data: {
      personId: f.person.id,
      neighbourhoodId: f.neighbourhoods[options.neighbourhood ?? 0].id,
      riskLevel: "MEDIUM",
      leadProfessionalId: f.worker.id,
      leadOrganisationId: f.council.id,
      createdById: f.worker.id,
      openedAt: options.openedAt,
      firstContactAt: options.firstContactAt ?? null,
      themes: { create: (options.themes ?? []).map((i) => ({ themeId: f.themes[i].id })) },
    },
    select: { id: true },
  });
}

export function referralData(f: DashboardFixture, caseId: string, sentAt: Date) {
  return {
    caseId,
    fromOrganisationId: f.council.id,
    sentById: f.worker.id,
    toOrganisationId: f.police.id,
    reason: "Test referral",
    urgency: "ROUTINE" as const,
    sentAt,
  };
}

export function actionData(f: DashboardFixture, caseId: string, dueOn: Date) {
  return {
    caseId,
    description: "Test action",
    assigneeOrganisationId: f.council.id,
    dueOn,
    createdById: f.worker.id,
  };
}

export function outcomeData(f: DashboardFixture, caseId: string, type: number, achievedOn: Date) {
  return { caseId, outcomeTypeId: f.outcomeTypes[type].id, achievedOn, evidence: "Test evidence", recordedById: f.worker.id };
}
