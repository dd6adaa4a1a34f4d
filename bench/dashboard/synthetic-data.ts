// Deterministic synthetic data for the dashboard benchmark, written in bulk with
// INSERT … SELECT generate_series: every value is a function of the row number, so the same
// size always gives the same data. The triggers stay on, so the summaries are kept by the same
// code that keeps them for the application (checked afterwards against a recount).
import type pg from "pg";

export const benchLocalities = 10;
export const neighbourhoodsPerLocality = 7;
const themes = 12;
const outcomeTypes = 13;

/** All synthetic cases open between these two instants (three years). */
export const dataStart = "2023-12-01T00:00:00Z";
export const benchNow = new Date("2026-11-30T12:00:00Z");
const spanSeconds = 3 * 365 * 24 * 3600;

// A cheap deterministic hash of the row number, different per use (`salt`).
const h = (salt: number) => `((g::bigint * 2654435761 + ${salt * 97_531}) % 1000003)`;

export async function createReferenceData(client: pg.PoolClient | pg.Client): Promise<void> {
  await client.query(`
    INSERT INTO "Locality" (id, code, name, slug)
    SELECT md5('locality' || l)::uuid, 'BENCH-L' || l, 'Bench locality ' || lpad(l::text, 2, '0'), 'bench-locality-' || l
    FROM generate_series(1, ${benchLocalities}) AS l;

    INSERT INTO "Neighbourhood" (id, code, name, slug, "localityId", population, "updatedAt")
    SELECT md5('neighbourhood' || l || '-' || n)::uuid, 'BENCH-N' || l || '-' || n,
           'Bench neighbourhood ' || l || '.' || n, 'bench-neighbourhood-' || l || '-' || n,
           md5('locality' || l)::uuid, 30000 + ((l * 7919 + n * 104729) % 20000), now()
    FROM generate_series(1, ${benchLocalities}) AS l, generate_series(1, ${neighbourhoodsPerLocality}) AS n;

    INSERT INTO "Theme" (id, code, name, "sortOrder")
    SELECT md5('theme' || t)::uuid, 'BENCH_T' || t, 'Bench theme ' || lpad(t::text, 2, '0'), t FROM generate_series(1, ${themes}) AS t;
    INSERT INTO "OutcomeType" (id, code, name)
    SELECT md5('outcome' || o)::uuid, 'BENCH_O' || o, 'Bench outcome ' || lpad(o::text, 2, '0') FROM generate_series(1, ${outcomeTypes}) AS o;

    INSERT INTO "Organisation" (id, name, type, status, "updatedAt")
    SELECT md5('organisation' || o)::uuid, 'Bench organisation ' || o, 'LOCAL_AUTHORITY', 'ACTIVE', now() FROM generate_series(1, 8) AS o;
    INSERT INTO "User" (id, email, name, "organisationId", "updatedAt")
    VALUES (md5('user')::uuid, 'lead@bench.goldenthread.test', 'Bench Lead', md5('organisation1')::uuid, now());
    INSERT INTO "RoleAssignment" ("userId", role, "localityId") VALUES (md5('user')::uuid, 'LOCALITY_LEAD', md5('locality1')::uuid);
    INSERT INTO "Person" (id, "givenName", "familyName", "searchName", "dateOfBirth", "updatedAt")
    SELECT md5('person' || p)::uuid, 'Bench', 'Person ' || p, 'bench person ' || p, date '1980-01-01' + p, now() FROM generate_series(1, 1000) AS p;
  `);
}

/** Cases numbered from `from` to `to` (inclusive), with their themes, team, referrals, actions and outcomes. */
export async function addCases(client: pg.PoolClient | pg.Client, from: number, to: number): Promise<void> {
  const range = `generate_series(${from}, ${to}) AS g`;
  const caseId = `md5('case' || g)::uuid`;
  const opened = `(timestamptz '${dataStart}' + (${h(1)} * ${spanSeconds} / 1000003) * interval '1 second')`;
  await client.query(`
    INSERT INTO "SharedCase" (id, "personId", "neighbourhoodId", "riskLevel", status, "closureReason", "leadProfessionalId",
      "leadOrganisationId", "createdById", "openedAt", "firstContactAt", "closedAt", "updatedAt")
    SELECT ${caseId}, md5('person' || (1 + g % 1000))::uuid,
      md5('neighbourhood' || (1 + ${h(2)} % ${benchLocalities}) || '-' || (1 + ${h(3)} % ${neighbourhoodsPerLocality}))::uuid,
      'MEDIUM', CASE WHEN closed THEN 'CLOSED' ELSE 'ACTIVE' END::"CaseStatus", CASE WHEN closed THEN 'OUTCOMES_ACHIEVED'::"ClosureReason" END,
      md5('user')::uuid, md5('organisation1')::uuid, md5('user')::uuid, opened,
      CASE WHEN ${h(4)} % 5 > 0 THEN opened + (${h(5)} % 500) * interval '1 hour' END,
      CASE WHEN closed THEN least(opened + (1 + ${h(6)} % 200) * interval '1 day', timestamptz '${benchNow.toISOString()}') END, now()
    FROM (SELECT g, ${opened} AS opened, ${h(7)} % 10 < 6 AS closed FROM ${range}) AS x;

    INSERT INTO "CaseTheme" ("caseId", "themeId")
    SELECT DISTINCT ${caseId}, md5('theme' || t)::uuid
    FROM ${range}, LATERAL (VALUES (1 + g % ${themes}), (CASE WHEN g % 3 > 0 THEN 1 + (g * 5 + 3) % ${themes} END),
                                   (CASE WHEN g % 5 = 0 THEN 1 + (g * 7 + 5) % ${themes} END)) AS v(t)
    WHERE t IS NOT NULL;

    INSERT INTO "CaseInvolvement" ("caseId", "organisationId", role)
    SELECT ${caseId}, md5('organisation' || o)::uuid, CASE WHEN o = 1 THEN 'LEAD' ELSE 'SUPPORTING' END::"InvolvementRole"
    FROM ${range}, LATERAL (VALUES (1), (2 + g % 7)) AS v(o);
  `);
  await client.query(`
    INSERT INTO "Referral" ("caseId", "fromOrganisationId", "sentById", "toOrganisationId", reason, urgency, status,
      "declineReason", "sentAt", "respondedAt")
    SELECT ${caseId}, md5('organisation1')::uuid, md5('user')::uuid, md5('organisation' || (2 + g % 7))::uuid, 'Bench referral', 'ROUTINE',
      s.status::"ReferralStatus",
      CASE WHEN s.status = 'DECLINED' THEN (enum_range(NULL::"DeclineReason"))[1 + ${h(8)} % 6] END,
      c."openedAt" + (${h(9)} % 30) * interval '1 day',
      CASE WHEN s.status IN ('ACCEPTED', 'DECLINED') THEN c."openedAt" + (${h(9)} % 30) * interval '1 day' + (${h(10)} % 300) * interval '1 hour' END
    FROM ${range} JOIN "SharedCase" c ON c.id = ${caseId},
    LATERAL (SELECT CASE WHEN ${h(11)} % 20 < 13 THEN 'ACCEPTED' WHEN ${h(11)} % 20 < 16 THEN 'DECLINED'
                         WHEN ${h(11)} % 20 < 18 THEN 'PENDING' ELSE 'WITHDRAWN' END AS status) AS s
    WHERE ${h(12)} % 10 < 9;

    INSERT INTO "CaseAction" ("caseId", description, "assigneeOrganisationId", "dueOn", status, "createdById", "updatedAt")
    SELECT ${caseId}, 'Bench action', md5('organisation1')::uuid, (c."openedAt" + (${h(13)} % 60 + a * 14) * interval '1 day')::date,
      CASE WHEN c.status <> 'CLOSED' AND ${h(14)} % 3 > 0 THEN 'OPEN' ELSE 'DONE' END::"ActionStatus", md5('user')::uuid, now()
    FROM ${range} JOIN "SharedCase" c ON c.id = ${caseId}, generate_series(0, g % 2) AS a;

    INSERT INTO "Outcome" ("caseId", "outcomeTypeId", "achievedOn", evidence, "recordedById")
    SELECT ${caseId}, md5('outcome' || (1 + ${h(15)} % ${outcomeTypes}))::uuid, c."closedAt"::date, 'Bench evidence', md5('user')::uuid
    FROM ${range} JOIN "SharedCase" c ON c.id = ${caseId}
    WHERE c.status = 'CLOSED' AND ${h(16)} % 10 < 4;
  `);
}
