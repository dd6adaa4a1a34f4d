// Synthetic data for the ledger benchmark, written in bulk with INSERT … SELECT: standard v4
// UUIDs (gen_random_uuid) and every field drawn independently with random(), seeded per run
// (setseed), so sizes grow by adding cases with proportionate spend and outcomes. The triggers
// stay on: budget totals and the ledger summaries are kept by the same code as in the portal,
// and checked afterwards against a recount.
import type pg from "pg";

export const benchLocalities = 10;
export const neighbourhoodsPerLocality = 7;
const outcomeTypes = 13;

/** Cases open between these two instants (three years); budgets cover the financial years. */
export const dataStart = "2023-12-01T00:00:00Z";
export const benchNow = new Date("2026-11-30T12:00:00Z");

type Client = pg.PoolClient | pg.Client;

export async function createReferenceData(client: Client): Promise<void> {
  await client.query(`
    SELECT setseed(0.2014);
    INSERT INTO "Locality" (code, name, slug)
    SELECT 'BENCH-L' || l, 'Bench locality ' || lpad(l::text, 2, '0'), 'bench-locality-' || l FROM generate_series(1, ${benchLocalities}) AS l;
    INSERT INTO "Neighbourhood" (code, name, slug, "localityId", population, "updatedAt")
    SELECT 'BENCH-N' || l.code || '-' || n, 'Bench neighbourhood ' || l.slug || '.' || n, l.slug || '-n' || n, l.id, 30000 + floor(random() * 20000)::int, now()
    FROM "Locality" l, generate_series(1, ${neighbourhoodsPerLocality}) AS n;
    INSERT INTO "OutcomeType" (code, name) SELECT 'BENCH_O' || o, 'Bench outcome ' || lpad(o::text, 2, '0') FROM generate_series(1, ${outcomeTypes}) AS o;
    INSERT INTO "Organisation" (name, type, status, "updatedAt")
    SELECT 'Bench ' || t::text, t, 'ACTIVE', now()
    FROM unnest(ARRAY['LOCAL_AUTHORITY', 'NHS_TRUST', 'POLICE', 'HOUSING_PROVIDER', 'MENTAL_HEALTH_TRUST', 'PROBATION', 'JOBCENTRE_DWP', 'PRIMARY_CARE']::"OrganisationType"[]) AS t;
    INSERT INTO "User" (email, name, "organisationId", "updatedAt")
    SELECT 'admin@bench.goldenthread.test', 'Bench Admin', id, now() FROM "Organisation" WHERE type = 'LOCAL_AUTHORITY';
    INSERT INTO "RoleAssignment" ("userId", role) SELECT id, 'PARTNERSHIP_ADMIN' FROM "User";
    INSERT INTO "Person" ("givenName", "familyName", "searchName", "dateOfBirth", "updatedAt")
    SELECT 'Bench', 'Person ' || p, 'bench person ' || p, date '1960-01-01' + floor(random() * 15000)::int, now() FROM generate_series(1, 1000) AS p;
    -- Two unit-cost lines per outcome type, to two types of organisation; one with social value.
    INSERT INTO "UnitCost" ("lineId", "outcomeTypeId", "beneficiaryType", "fiscalPencePerYear", "socialPencePerYear", years, "deadweightBasisPoints",
      "attributionBasisPoints", "confidenceGrade", "optimismBiasBasisPoints", "priceYear", source, "effectiveFrom")
    SELECT gen_random_uuid(), o.id, (ARRAY['LOCAL_AUTHORITY', 'NHS_TRUST', 'POLICE', 'HOUSING_PROVIDER', 'MENTAL_HEALTH_TRUST', 'PROBATION', 'JOBCENTRE_DWP', 'PRIMARY_CARE']::"OrganisationType"[])[1 + floor(random() * 8)::int],
      (50000 + floor(random() * 500000))::int, CASE WHEN k = 1 THEN (floor(random() * 200000))::int ELSE 0 END, 1 + floor(random() * 3)::int,
      2000, 5000, 3, 1000, 2024, 'Bench', date '2020-01-01'
    FROM "OutcomeType" o, generate_series(1, 2) AS k;
    -- Every locality's organisations receive its benefits.
    INSERT INTO "PlaceBeneficiary" ("localityId", "organisationType", "organisationId") SELECT l.id, o.type, o.id FROM "Locality" l, "Organisation" o;
    -- A budget per neighbourhood and financial year, filled generously by four organisations.
    INSERT INTO "PooledBudget" ("neighbourhoodId", name, "financialYear", "approvalThresholdPence", "updatedAt")
    SELECT n.id, 'Bench pooled budget', y, 250000, now() FROM "Neighbourhood" n, generate_series(2023, 2026) AS y;
    INSERT INTO "BudgetContribution" ("budgetId", "organisationId", "amountPence", "contributedOn")
    SELECT b.id, o.id, 1500000000, make_date(b."financialYear", 4, 1 + floor(random() * 28)::int)
    FROM "PooledBudget" b, (SELECT id FROM "Organisation" ORDER BY name LIMIT 4) o;
  `);
}

/** Adds `count` cases with their spend (about 30% of cases, 1–2 entries) and outcomes (about 40%), valued. */
export async function addCases(client: Client, count: number): Promise<void> {
  await client.query(`
    CREATE TEMP TABLE picks ON COMMIT DROP AS
    SELECT (SELECT array_agg(id) FROM "Neighbourhood") AS places, (SELECT array_agg(id) FROM "Person") AS people, (SELECT array_agg(id) FROM "OutcomeType") AS types;

    CREATE TEMP TABLE batch ON COMMIT DROP AS
    SELECT gen_random_uuid() AS id, p.places[1 + floor(random() * cardinality(p.places))::int] AS "neighbourhoodId",
           p.people[1 + floor(random() * cardinality(p.people))::int] AS "personId", random() AS draw1, random() AS draw2,
           timestamptz '${dataStart}' + random() * (timestamptz '${benchNow.toISOString()}' - timestamptz '${dataStart}') AS "openedAt"
    FROM generate_series(1, ${count}) AS g, picks p;

    INSERT INTO "SharedCase" (id, "personId", "neighbourhoodId", "riskLevel", status, "leadProfessionalId", "leadOrganisationId", "createdById", "openedAt", "updatedAt")
    SELECT b.id, b."personId", b."neighbourhoodId", 'MEDIUM', 'ACTIVE', u.id, u."organisationId", u.id, b."openedAt", now()
    FROM batch b, (SELECT id, "organisationId" FROM "User" LIMIT 1) u;

    CREATE TEMP TABLE batch_spend ON COMMIT DROP AS
    SELECT gen_random_uuid() AS id, b.id AS "caseId", b."neighbourhoodId",
           (enum_range(NULL::"InterventionType"))[1 + floor(random() * 8)::int] AS intervention,
           (10000 + floor(random() * 290000))::int AS amount,
           least((b."openedAt" + random() * interval '120 days')::date, date '${benchNow.toISOString().slice(0, 10)}') AS "spentOn"
    -- Each case's draws are columns of its row: a bare random() here would be evaluated once per
    -- k for every case (the planner pushes it down), giving every case the same number of entries.
    FROM batch b, generate_series(1, 2) AS k
    WHERE (k = 1 AND b.draw1 < 0.3) OR (k = 2 AND b.draw2 < 0.15);

    INSERT INTO "BudgetSpend" (id, "budgetId", "caseId", "neighbourhoodId", intervention, description, "amountPence", "spentOn", "needsApproval", "recordedById", "recordedByOrganisationId")
    SELECT s.id, p.id, s."caseId", s."neighbourhoodId", s.intervention, 'Bench spend', s.amount, s."spentOn", s.amount > 250000, u.id, u."organisationId"
    FROM batch_spend s
    JOIN "PooledBudget" p ON p."neighbourhoodId" = s."neighbourhoodId" AND p."financialYear" = extract(year FROM s."spentOn" - interval '3 months')::int,
    (SELECT id, "organisationId" FROM "User" LIMIT 1) u;

    INSERT INTO "SpendDecision" ("spendId", decision, reason, "decidedById")
    SELECT s.id, CASE WHEN random() < 0.85 THEN 'APPROVED' ELSE 'DECLINED' END::"SpendDecisionKind", NULL, s."recordedById"
    FROM "BudgetSpend" s JOIN batch_spend b ON b.id = s.id WHERE s."needsApproval" AND random() < 0.9;

    CREATE TEMP TABLE batch_outcome ON COMMIT DROP AS
    SELECT gen_random_uuid() AS id, b.id AS "caseId", b."neighbourhoodId",
           p.types[1 + floor(random() * cardinality(p.types))::int] AS "outcomeTypeId",
           least((b."openedAt" + random() * interval '200 days')::date, date '${benchNow.toISOString().slice(0, 10)}') AS "achievedOn"
    FROM batch b, picks p WHERE random() < 0.4;

    INSERT INTO "Outcome" (id, "caseId", "outcomeTypeId", "achievedOn", evidence, "recordedById")
    SELECT o.id, o."caseId", o."outcomeTypeId", o."achievedOn", 'Bench evidence', u.id FROM batch_outcome o, (SELECT id FROM "User" LIMIT 1) u;

    INSERT INTO "LedgerOutcome" ("outcomeId", "caseId", "neighbourhoodId", "outcomeTypeId", "achievedOn", interventions)
    SELECT o.id, o."caseId", o."neighbourhoodId", o."outcomeTypeId", o."achievedOn",
           coalesce((SELECT array_agg(DISTINCT s.intervention ORDER BY s.intervention) FROM batch_spend s WHERE s."caseId" = o."caseId"), '{}')
    FROM batch_outcome o;

    -- Each unit-cost line of the outcome's type credits one organisation of its type (and the
    -- social line a social credit); amounts are synthetic, the shapes are the portal's.
    INSERT INTO "BenefitCredit" ("outcomeId", "unitCostId", kind, "organisationId", "beneficiaryType", "neighbourhoodId", "achievedOn", "countsOutcome", "grossPence", "netPence", "netByYear")
    SELECT o.id, c.id, 'FISCAL'::"BenefitKind", org.id, c."beneficiaryType", o."neighbourhoodId", o."achievedOn", true, v.gross, v.net, ARRAY[v.net - v.net / 3, v.net / 3]
    FROM batch_outcome o JOIN "UnitCost" c ON c."outcomeTypeId" = o."outcomeTypeId"
    JOIN "Organisation" org ON org.type = c."beneficiaryType",
    LATERAL (SELECT c."fiscalPencePerYear" * c.years AS gross, (c."fiscalPencePerYear" * c.years * 36 / 100) AS net) v
    UNION ALL
    SELECT o.id, c.id, 'SOCIAL'::"BenefitKind", NULL, NULL, o."neighbourhoodId", o."achievedOn", true, c."socialPencePerYear" * c.years, c."socialPencePerYear" * c.years * 36 / 100,
           ARRAY[c."socialPencePerYear" * 36 / 100]
    FROM batch_outcome o JOIN "UnitCost" c ON c."outcomeTypeId" = o."outcomeTypeId" WHERE c."socialPencePerYear" > 0;
  `);
}
