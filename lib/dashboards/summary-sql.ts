// The SQL that reads a dashboard's figures from the summary tables: the only reads behind the
// figures, each costing places × months. The benchmark runs these same statements directly as
// its floor (bench/dashboard). Raw SQL because the reads aggregate arrays element by element.
import { Prisma } from "@/lib/generated/prisma/client";
import { allCasesKey } from "./positions";

export type SummaryReadParams = {
  /** Theme id, or the all-cases key. */
  themeKey: string;
  /** First day of the period's first month, of the trend window's first month, of the period's last month. */
  periodStart: string;
  windowStart: string;
  periodEnd: string;
  /** First day of this month, and today (UK time), for "overdue". */
  thisMonthStart: string;
  today: string;
  /** Localities (by slug) whose neighbourhoods' own figures are read; null for every locality. */
  localitySlugs: string[] | null;
};

// Selected by slug, so the figures can be read at the same time as the places themselves.
const familyNeighbourhoods = (p: SummaryReadParams) => Prisma.sql`
  SELECT n.id FROM "Neighbourhood" n JOIN "Locality" l ON l.id = n."localityId"
  WHERE ${p.localitySlugs === null}::boolean OR l.slug = ANY(${p.localitySlugs ?? []}::text[])`;

export const placesSql = () => Prisma.sql`
  SELECT n.id::text AS "id", n.name AS "name", n.slug AS "slug", n.population AS "population",
         l.id::text AS "localityId", l.name AS "localityName", l.slug AS "localitySlug",
         (n.boundary IS NOT NULL) AS "hasBoundary"
  FROM "Neighbourhood" n JOIN "Locality" l ON l.id = n."localityId"
  ORDER BY l.name, n.name`;

export const categoriesSql = () => Prisma.sql`
  SELECT d.kind::text AS "kind", d.position AS "position", d."refId"::text AS "id",
         coalesce(t.name, o.name) AS "name", coalesce(t."sortOrder", 0) AS "sortOrder",
         coalesce(t.active, o.active, false) AS "active"
  FROM "DashboardCategory" d
  LEFT JOIN "Theme" t ON d.kind = 'THEME' AND t.id = d."refId"
  LEFT JOIN "OutcomeType" o ON d.kind = 'OUTCOME_TYPE' AND o.id = d."refId"
  WHERE t.id IS NOT NULL OR o.id IS NOT NULL`;

const monthColumns = Prisma.sql`
  sum(m.opened)::int AS "opened", sum(m.closed)::int AS "closed", sum(m.involvements)::int AS "involvements",
  sum(m."referralsSent")::int AS "sent", sum(m."referralsPending")::int AS "pending",
  sum(m."referralsAccepted")::int AS "accepted", sum(m."referralsDeclined")::int AS "declined",
  sum(m."referralsWithdrawn")::int AS "withdrawn", sum(m.outcomes)::int AS "outcomes"`;

/** Per locality and month of the trend window; month null holds everything before the window. */
export const localityMonthsSql = (p: SummaryReadParams) => Prisma.sql`
  SELECT n."localityId"::text AS "place",
         CASE WHEN m.month < ${p.windowStart}::date THEN NULL ELSE to_char(m.month, 'YYYY-MM') END AS "month",
         ${monthColumns}
  FROM "DashboardMonth" m JOIN "Neighbourhood" n ON n.id = m."neighbourhoodId"
  WHERE m."themeKey" = ${p.themeKey}::uuid AND m.month <= ${p.periodEnd}::date
  GROUP BY 1, 2`;

/** The same per neighbourhood, for the neighbourhoods shown. */
export const neighbourhoodMonthsSql = (p: SummaryReadParams) => Prisma.sql`
  SELECT m."neighbourhoodId"::text AS "place",
         CASE WHEN m.month < ${p.windowStart}::date THEN NULL ELSE to_char(m.month, 'YYYY-MM') END AS "month",
         ${monthColumns}
  FROM "DashboardMonth" m
  WHERE m."themeKey" = ${p.themeKey}::uuid AND m."neighbourhoodId" IN (${familyNeighbourhoods(p)})
    AND m.month <= ${p.periodEnd}::date
  GROUP BY 1, 2`;

/**
 * Per neighbourhood shown, the period's breakdowns as dense arrays (summed element by element):
 * cases opened by theme, open by theme at the end of the period, pairs of themes, decline
 * reasons, outcome types, and the two duration histograms.
 */
export const neighbourhoodBreakdownsSql = (p: SummaryReadParams) => Prisma.sql`
  WITH r AS (
    SELECT m.* FROM "DashboardMonth" m
    WHERE m."themeKey" = ${p.themeKey}::uuid AND m."neighbourhoodId" IN (${familyNeighbourhoods(p)})
      AND m.month <= ${p.periodEnd}::date
  ),
  inperiod AS (SELECT * FROM r WHERE r.month >= ${p.periodStart}::date),
  e AS (
    SELECT r."neighbourhoodId" AS place, 'openByTheme' AS field, u.pos, u.n FROM r, unnest(r."openedByTheme") WITH ORDINALITY AS u(n, pos)
    UNION ALL SELECT r."neighbourhoodId", 'openByTheme', u.pos, -u.n FROM r, unnest(r."closedByTheme") WITH ORDINALITY AS u(n, pos)
    UNION ALL SELECT q."neighbourhoodId", 'newByTheme', u.pos, u.n FROM inperiod q, unnest(q."openedByTheme") WITH ORDINALITY AS u(n, pos)
    UNION ALL SELECT q."neighbourhoodId", 'themePairs', u.pos, u.n FROM inperiod q, unnest(q."themePairs") WITH ORDINALITY AS u(n, pos)
    UNION ALL SELECT q."neighbourhoodId", 'declineReasons', u.pos, u.n FROM inperiod q, unnest(q."declineReasons") WITH ORDINALITY AS u(n, pos)
    UNION ALL SELECT q."neighbourhoodId", 'outcomesByType', u.pos, u.n FROM inperiod q, unnest(q."outcomesByType") WITH ORDINALITY AS u(n, pos)
    UNION ALL SELECT q."neighbourhoodId", 'responseTimes', u.pos, u.n FROM inperiod q, unnest(q."responseTimes") WITH ORDINALITY AS u(n, pos)
    UNION ALL SELECT q."neighbourhoodId", 'firstContacts', u.pos, u.n FROM inperiod q, unnest(q."firstContacts") WITH ORDINALITY AS u(n, pos)
  ),
  s AS (SELECT place, field, pos, sum(n)::int AS n FROM e GROUP BY 1, 2, 3)
  SELECT place::text AS "place", field AS "field", array_agg(n ORDER BY pos) AS "counts" FROM s GROUP BY 1, 2`;

/** Per neighbourhood (all of them): actions still open whose due day is before today. */
export const overdueSql = (p: SummaryReadParams) => Prisma.sql`
  SELECT o."neighbourhoodId"::text AS "place", sum(o."openActions")::int AS "overdue"
  FROM (
    SELECT "neighbourhoodId", "openActions" FROM "DashboardOpenActionMonth"
    WHERE "themeKey" = ${p.themeKey}::uuid AND "dueMonth" < ${p.thisMonthStart}::date
    UNION ALL
    SELECT "neighbourhoodId", "openActions" FROM "DashboardOpenActionDay"
    WHERE "themeKey" = ${p.themeKey}::uuid AND "dueOn" >= ${p.thisMonthStart}::date AND "dueOn" < ${p.today}::date
  ) AS o
  GROUP BY 1`;

/** Every statement behind one dashboard's figures, in the order they are run. */
export function dashboardReads(p: SummaryReadParams) {
  return {
    places: placesSql(),
    categories: categoriesSql(),
    localityMonths: localityMonthsSql(p),
    neighbourhoodMonths: neighbourhoodMonthsSql(p),
    breakdowns: neighbourhoodBreakdownsSql(p),
    overdue: overdueSql(p),
  };
}

export const themeKeyFor = (themeId: string | null) => themeId ?? allCasesKey;
