// The SQL behind every "who invests and who saves" figure: reads of the summary tables kept by
// triggers (and of contributions, which are few), each costing places × months × rows, whatever
// the number of cases. The benchmark runs these same statements as its floor (bench/ledger).
import { Prisma } from "@/lib/generated/prisma/client";

export type LedgerReadParams = {
  /** The place by its slugs: neither for the partnership, a locality's, or both for a neighbourhood. */
  localitySlug: string | null;
  neighbourhoodSlug: string | null;
  /** First day of the first month, first day of the month after the last. */
  from: string;
  toExclusive: string;
};

// Selected by slug, so the figures are read in the same round as the places and the scope.
const placeNeighbourhoods = (p: LedgerReadParams) => Prisma.sql`
  SELECT n.id FROM "Neighbourhood" n JOIN "Locality" l ON l.id = n."localityId"
  WHERE (${p.localitySlug}::text IS NULL OR l.slug = ${p.localitySlug}::text) AND (${p.neighbourhoodSlug}::text IS NULL OR n.slug = ${p.neighbourhoodSlug}::text)`;

// A locality's own budgets count for the locality and the partnership, not for a neighbourhood.
const placeLocalities = (p: LedgerReadParams) => Prisma.sql`
  SELECT l.id FROM "Locality" l WHERE ${p.neighbourhoodSlug}::text IS NULL AND (${p.localitySlug}::text IS NULL OR l.slug = ${p.localitySlug}::text)`;

export const benefitRowsSql = (p: LedgerReadParams) => Prisma.sql`
  SELECT to_char(m.month, 'YYYY-MM') AS "month", m.kind::text AS "kind", m."organisationKey"::text AS "organisationKey", m."typeKey" AS "typeKey",
         sum(m."grossPence")::bigint AS "gross", sum(m."netPence")::bigint AS "net", sum(m.outcomes)::int AS "outcomes",
         ledger_array_sum(m."netByYear") AS "netByYear"
  FROM "LedgerBenefitMonth" m
  WHERE m."neighbourhoodId" IN (${placeNeighbourhoods(p)}) AND m.month >= ${p.from}::date AND m.month < ${p.toExclusive}::date
  GROUP BY 1, 2, 3, 4`;

export const spendRowsSql = (p: LedgerReadParams) => Prisma.sql`
  SELECT to_char(m.month, 'YYYY-MM') AS "month", m."budgetKey"::text AS "budgetKey", m.intervention::text AS "intervention",
         sum(m."spentPence")::bigint AS "spent", sum(m.entries)::int AS "entries", sum(m.outcomes)::int AS "outcomes"
  FROM "LedgerSpendMonth" m
  WHERE m."neighbourhoodId" IN (${placeNeighbourhoods(p)}) AND m.month >= ${p.from}::date AND m.month < ${p.toExclusive}::date
  GROUP BY 1, 2, 3`;

export const outcomeRowsSql = (p: LedgerReadParams) => Prisma.sql`
  SELECT to_char(m.month, 'YYYY-MM') AS "month", m."outcomeTypeId"::text AS "outcomeTypeId", sum(m.outcomes)::int AS "outcomes"
  FROM "LedgerOutcomeMonth" m
  WHERE m."neighbourhoodId" IN (${placeNeighbourhoods(p)}) AND m.month >= ${p.from}::date AND m.month < ${p.toExclusive}::date
  GROUP BY 1, 2`;

/** Contributions to the place's budgets dated in the period, by organisation, kind and month. */
export const contributionRowsSql = (p: LedgerReadParams) => Prisma.sql`
  SELECT to_char(date_trunc('month', c."contributedOn"), 'YYYY-MM') AS "month", c."organisationId"::text AS "organisationId", c.kind::text AS "kind",
         sum(c."amountPence")::bigint AS "amount"
  FROM "BudgetContribution" c JOIN "PooledBudget" b ON b.id = c."budgetId"
  WHERE (b."neighbourhoodId" IN (${placeNeighbourhoods(p)}) OR b."localityId" IN (${placeLocalities(p)}))
    AND c."contributedOn" >= ${p.from}::date AND c."contributedOn" < ${p.toExclusive}::date
  GROUP BY 1, 2, 3`;

/**
 * Each budget's contributions by organisation (whole budget), for the budgets whose spend the
 * place's figures hold: spend is shared among the contributors in those proportions.
 */
export const budgetSharesSql = (p: LedgerReadParams) => Prisma.sql`
  SELECT c."budgetId"::text AS "budgetId", c."organisationId"::text AS "organisationId", sum(c."amountPence")::bigint AS "amount"
  FROM "BudgetContribution" c
  WHERE c."budgetId" IN (
    SELECT DISTINCT m."budgetKey" FROM "LedgerSpendMonth" m
    WHERE m."neighbourhoodId" IN (${placeNeighbourhoods(p)}) AND m.month >= ${p.from}::date AND m.month < ${p.toExclusive}::date
      AND m."budgetKey" <> '00000000-0000-0000-0000-000000000000'::uuid)
  GROUP BY 1, 2`;

export const placesSql = () => Prisma.sql`
  SELECT n.id::text AS "id", n.name AS "name", n.slug AS "slug", l.id::text AS "localityId", l.name AS "localityName", l.slug AS "localitySlug"
  FROM "Neighbourhood" n JOIN "Locality" l ON l.id = n."localityId"
  ORDER BY l.name, n.name`;

export const organisationsSql = () => Prisma.sql`
  SELECT o.id::text AS "id", o.name AS "name", o.type::text AS "type" FROM "Organisation" o`;

export const outcomeTypesSql = () => Prisma.sql`SELECT t.id::text AS "id", t.name AS "name" FROM "OutcomeType" t`;

/** Every statement behind one place's ledger figures, in the order they are run. */
export function ledgerReads(p: LedgerReadParams) {
  return {
    places: placesSql(),
    benefits: benefitRowsSql(p),
    spend: spendRowsSql(p),
    outcomes: outcomeRowsSql(p),
    contributions: contributionRowsSql(p),
    shares: budgetSharesSql(p),
    organisations: organisationsSql(),
    outcomeTypes: outcomeTypesSql(),
  };
}

export type BenefitRow = { month: string; kind: "FISCAL" | "ECONOMIC" | "SOCIAL"; organisationKey: string; typeKey: string; gross: bigint; net: bigint; outcomes: number; netByYear: bigint[] };
export type SpendRow = { month: string; budgetKey: string; intervention: string; spent: bigint; entries: number; outcomes: number };
export type OutcomeRow = { month: string; outcomeTypeId: string; outcomes: number };
export type ContributionRow = { month: string; organisationId: string; kind: string; amount: bigint };
export type ShareRow = { budgetId: string; organisationId: string; amount: bigint };
export type PlaceRow = { id: string; name: string; slug: string; localityId: string; localityName: string; localitySlug: string };
export type OrganisationRow = { id: string; name: string; type: string };
export type OutcomeTypeRow = { id: string; name: string };

export type LedgerRows = {
  benefits: BenefitRow[];
  spend: SpendRow[];
  outcomes: OutcomeRow[];
  contributions: ContributionRow[];
  shares: ShareRow[];
  organisations: OrganisationRow[];
  outcomeTypes: OutcomeTypeRow[];
};

export const noOrganisation = "00000000-0000-0000-0000-000000000000";
