// The SQL behind every "who invests and who saves" figure: reads of the summary tables kept by
// triggers (a neighbourhood's own, or the roll-up for a locality or the partnership) and of
// contributions, which are few: each costs months × keys at the place's level, whatever the
// number of cases or of neighbourhoods. The benchmark runs these same statements as its floor (bench/ledger).
import { Prisma } from "@/lib/generated/prisma/client";

export const noOrganisation = "00000000-0000-0000-0000-000000000000";

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

/**
 * Where a place's month rows are, as `m`: a neighbourhood's own summary rows, or the roll-up the
 * triggers keep for its locality (placeKey its id) or the partnership (all zeros), so a wider
 * place reads as few rows as a neighbourhood, not the sum of its neighbourhoods'.
 */
function monthRows(p: LedgerReadParams, summary: string, rollup: string): Prisma.Sql {
  const period = Prisma.sql`m.month >= ${p.from}::date AND m.month < ${p.toExclusive}::date`;
  if (p.neighbourhoodSlug) return Prisma.sql`${Prisma.raw(`"${summary}"`)} m WHERE m."neighbourhoodId" IN (${placeNeighbourhoods(p)}) AND ${period}`;
  const placeKey = p.localitySlug ? Prisma.sql`(SELECT l.id FROM "Locality" l WHERE l.slug = ${p.localitySlug}::text)` : Prisma.sql`${noOrganisation}::uuid`;
  return Prisma.sql`${Prisma.raw(`"${rollup}"`)} m WHERE m."placeKey" = ${placeKey} AND ${period}`;
}

// Each statement aggregates by month as a date and names the month only on its result rows.
export const benefitRowsSql = (p: LedgerReadParams) => Prisma.sql`
  SELECT to_char(g.month, 'YYYY-MM') AS "month", g.kind::text AS "kind", g."organisationKey"::text AS "organisationKey", g."typeKey" AS "typeKey",
         g.gross, g.net, g.outcomes
  FROM (
    SELECT m.month, m.kind, m."organisationKey", m."typeKey", sum(m."grossPence")::bigint AS gross, sum(m."netPence")::bigint AS net, sum(m.outcomes)::int AS outcomes
    FROM ${monthRows(p, "LedgerBenefitMonth", "LedgerBenefitRollup")}
    GROUP BY 1, 2, 3, 4
  ) g`;

/** Net fiscal benefits by year of their streams (1 = the year achieved), for the payback period. */
export const paybackRowsSql = (p: LedgerReadParams) => Prisma.sql`
  SELECT u.year::int AS "year", sum(u.value)::bigint AS "net"
  FROM (SELECT m."netByYear" FROM ${monthRows(p, "LedgerBenefitMonth", "LedgerBenefitRollup")} AND m.kind = 'FISCAL') f,
       unnest(f."netByYear") WITH ORDINALITY AS u(value, year)
  GROUP BY 1`;

// A neighbourhood's spend rows hold budget rows (spend) and rows keyed all zeros (outcomes on
// cases that had the intervention); the roll-up holds both by intervention already.
const spendByIntervention = (p: LedgerReadParams) =>
  p.neighbourhoodSlug
    ? Prisma.sql`
    SELECT m.month, m.intervention,
           coalesce(sum(m."spentPence") FILTER (WHERE m."budgetKey" <> ${noOrganisation}::uuid), 0)::bigint AS spent,
           coalesce(sum(m.entries) FILTER (WHERE m."budgetKey" <> ${noOrganisation}::uuid), 0)::int AS entries,
           coalesce(sum(m.outcomes) FILTER (WHERE m."budgetKey" = ${noOrganisation}::uuid), 0)::int AS outcomes
    FROM ${monthRows(p, "LedgerSpendMonth", "LedgerSpendRollup")}
    GROUP BY 1, 2`
    : Prisma.sql`
    SELECT m.month, m.intervention, sum(m."spentPence")::bigint AS spent, sum(m.entries)::int AS entries, sum(m.outcomes)::int AS outcomes
    FROM ${monthRows(p, "LedgerSpendMonth", "LedgerSpendRollup")}
    GROUP BY 1, 2`;

/** Spend that counts and its entries, and outcomes on cases that had each intervention, by month. */
export const spendRowsSql = (p: LedgerReadParams) => Prisma.sql`
  SELECT to_char(g.month, 'YYYY-MM') AS "month", g.intervention::text AS "intervention", g.spent, g.entries, g.outcomes
  FROM (${spendByIntervention(p)}) g`;

// The period's spend rows of each budget (the roll-up by budget for a locality or the partnership).
const budgetSpendRows = (p: LedgerReadParams) => Prisma.sql`${monthRows(p, "LedgerSpendMonth", "LedgerBudgetRollup")} AND m."budgetKey" <> ${noOrganisation}::uuid`;

/** The period's spend by budget, to share among each budget's contributors. */
export const budgetSpendRowsSql = (p: LedgerReadParams) => Prisma.sql`
  SELECT m."budgetKey"::text AS "budgetId", sum(m."spentPence")::bigint AS "spent"
  FROM ${budgetSpendRows(p)}
  GROUP BY 1`;

export const outcomeRowsSql = (p: LedgerReadParams) => Prisma.sql`
  SELECT to_char(g.month, 'YYYY-MM') AS "month", g."outcomeTypeId"::text AS "outcomeTypeId", g.outcomes
  FROM (
    SELECT m.month, m."outcomeTypeId", sum(m.outcomes)::int AS outcomes
    FROM ${monthRows(p, "LedgerOutcomeMonth", "LedgerOutcomeRollup")}
    GROUP BY 1, 2
  ) g`;

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
  WHERE c."budgetId" IN (SELECT DISTINCT m."budgetKey" FROM ${budgetSpendRows(p)})
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
    payback: paybackRowsSql(p),
    spend: spendRowsSql(p),
    budgetSpend: budgetSpendRowsSql(p),
    outcomes: outcomeRowsSql(p),
    contributions: contributionRowsSql(p),
    shares: budgetSharesSql(p),
    organisations: organisationsSql(),
    outcomeTypes: outcomeTypesSql(),
  };
}

export type BenefitRow = { month: string; kind: "FISCAL" | "ECONOMIC" | "SOCIAL"; organisationKey: string; typeKey: string; gross: bigint; net: bigint; outcomes: number };
export type PaybackRow = { year: number; net: bigint };
export type SpendRow = { month: string; intervention: string; spent: bigint; entries: number; outcomes: number };
export type BudgetSpendRow = { budgetId: string; spent: bigint };
export type OutcomeRow = { month: string; outcomeTypeId: string; outcomes: number };
export type ContributionRow = { month: string; organisationId: string; kind: string; amount: bigint };
export type ShareRow = { budgetId: string; organisationId: string; amount: bigint };
export type PlaceRow = { id: string; name: string; slug: string; localityId: string; localityName: string; localitySlug: string };
export type OrganisationRow = { id: string; name: string; type: string };
export type OutcomeTypeRow = { id: string; name: string };

export type LedgerRows = {
  benefits: BenefitRow[];
  payback: PaybackRow[];
  spend: SpendRow[];
  budgetSpend: BudgetSpendRow[];
  outcomes: OutcomeRow[];
  contributions: ContributionRow[];
  shares: ShareRow[];
  organisations: OrganisationRow[];
  outcomeTypes: OutcomeTypeRow[];
};

