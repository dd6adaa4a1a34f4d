// A from-scratch recount of the dashboard summaries, compared with what the triggers keep: the
// proof (tests/integration/dashboards, bench:dashboard) that the summaries are right. It counts
// with plain GROUP BYs over the case tables — none of the triggers' incremental logic — and
// shares with them only the definitions of a month, a duration bucket and a position.
// Each row it returns is one summary cell whose stored value differs from the recount.

import { isUuid } from "@/lib/domain/uuid";

const allCasesKey = "'00000000-0000-0000-0000-000000000000'::uuid";

// `where` narrows the recount to some neighbourhoods (a SQL condition on "neighbourhoodId").
const expected = (where: string) => `
  cases AS (
    SELECT id, "neighbourhoodId", "openedAt", "closedAt", "firstContactAt", status FROM "SharedCase" WHERE ${where}
  ),
  keyed AS (
    SELECT c.*, ${allCasesKey} AS theme_key FROM cases c
    UNION ALL
    SELECT c.*, ct."themeId" FROM cases c JOIN "CaseTheme" ct ON ct."caseId" = c.id
  ),
  theme_pos AS (
    SELECT ct."caseId", p."position" FROM "CaseTheme" ct
    JOIN "DashboardCategory" p ON p."kind" = 'THEME' AND p."refId" = ct."themeId"
  ),
  expected AS (
    SELECT "neighbourhoodId" AS nbh, theme_key, dash_month("openedAt") AS month, 'opened' AS field, 0 AS pos, count(*) AS n
    FROM keyed GROUP BY 1, 2, 3
    UNION ALL
    SELECT "neighbourhoodId", theme_key, dash_month(coalesce("closedAt", "openedAt")), 'closed', 0, count(*)
    FROM keyed WHERE status = 'CLOSED' GROUP BY 1, 2, 3
    UNION ALL
    SELECT k."neighbourhoodId", k.theme_key, dash_month(k."openedAt"), 'involvements', 0, count(*)
    FROM keyed k JOIN "CaseInvolvement" i ON i."caseId" = k.id GROUP BY 1, 2, 3
    UNION ALL
    SELECT "neighbourhoodId", theme_key, dash_month("openedAt"), 'firstContacts', dash_duration_bucket("openedAt", "firstContactAt"), count(*)
    FROM keyed WHERE "firstContactAt" IS NOT NULL GROUP BY 1, 2, 3, 5
    UNION ALL
    SELECT k."neighbourhoodId", k.theme_key, dash_month(k."openedAt"), 'openedByTheme', t."position", count(*)
    FROM keyed k JOIN theme_pos t ON t."caseId" = k.id GROUP BY 1, 2, 3, 5
    UNION ALL
    SELECT k."neighbourhoodId", k.theme_key, dash_month(coalesce(k."closedAt", k."openedAt")), 'closedByTheme', t."position", count(*)
    FROM keyed k JOIN theme_pos t ON t."caseId" = k.id WHERE k.status = 'CLOSED' GROUP BY 1, 2, 3, 5
    UNION ALL
    SELECT c."neighbourhoodId", ${allCasesKey}, dash_month(c."openedAt"), 'themePairs', dash_pair_position(a."position", b."position"), count(*)
    FROM "SharedCase" c JOIN theme_pos a ON a."caseId" = c.id JOIN theme_pos b ON b."caseId" = c.id AND a."position" < b."position"
    GROUP BY 1, 2, 3, 5
    UNION ALL
    SELECT k."neighbourhoodId", k.theme_key, dash_month(r."sentAt"), 'referralsSent', 0, count(*)
    FROM keyed k JOIN "Referral" r ON r."caseId" = k.id GROUP BY 1, 2, 3
    UNION ALL
    SELECT k."neighbourhoodId", k.theme_key, dash_month(r."sentAt"),
           'referrals' || upper(left(r.status::text, 1)) || lower(substr(r.status::text, 2)), 0, count(*)
    FROM keyed k JOIN "Referral" r ON r."caseId" = k.id GROUP BY 1, 2, 3, 4
    UNION ALL
    SELECT k."neighbourhoodId", k.theme_key, dash_month(r."sentAt"), 'declineReasons', dash_decline_position(r."declineReason"), count(*)
    FROM keyed k JOIN "Referral" r ON r."caseId" = k.id WHERE r.status = 'DECLINED' GROUP BY 1, 2, 3, 5
    UNION ALL
    SELECT k."neighbourhoodId", k.theme_key, dash_month(r."sentAt"), 'responseTimes', dash_duration_bucket(r."sentAt", r."respondedAt"), count(*)
    FROM keyed k JOIN "Referral" r ON r."caseId" = k.id
    WHERE r.status IN ('ACCEPTED', 'DECLINED') AND r."respondedAt" IS NOT NULL GROUP BY 1, 2, 3, 5
    UNION ALL
    SELECT k."neighbourhoodId", k.theme_key, date_trunc('month', o."achievedOn")::date, 'outcomes', 0, count(*)
    FROM keyed k JOIN "Outcome" o ON o."caseId" = k.id GROUP BY 1, 2, 3
    UNION ALL
    SELECT k."neighbourhoodId", k.theme_key, date_trunc('month', o."achievedOn")::date, 'outcomesByType', p."position", count(*)
    FROM keyed k JOIN "Outcome" o ON o."caseId" = k.id
    JOIN "DashboardCategory" p ON p."kind" = 'OUTCOME_TYPE' AND p."refId" = o."outcomeTypeId" GROUP BY 1, 2, 3, 5
    UNION ALL
    SELECT k."neighbourhoodId", k.theme_key, a."dueOn"::date, 'openActionsByDay', 0, count(*)
    FROM keyed k JOIN "CaseAction" a ON a."caseId" = k.id WHERE a.status IN ('OPEN', 'IN_PROGRESS') GROUP BY 1, 2, 3
    UNION ALL
    SELECT k."neighbourhoodId", k.theme_key, date_trunc('month', a."dueOn")::date, 'openActionsByMonth', 0, count(*)
    FROM keyed k JOIN "CaseAction" a ON a."caseId" = k.id WHERE a.status IN ('OPEN', 'IN_PROGRESS') GROUP BY 1, 2, 3
  )`;

const scalarColumns = [
  "opened",
  "closed",
  "involvements",
  "referralsSent",
  "referralsPending",
  "referralsAccepted",
  "referralsDeclined",
  "referralsWithdrawn",
  "outcomes",
];
const arrayColumns = [
  "firstContacts",
  "openedByTheme",
  "closedByTheme",
  "themePairs",
  "declineReasons",
  "responseTimes",
  "outcomesByType",
];

const stored = (where: string) => `
  stored AS (
    ${scalarColumns
      .map((c) => `SELECT "neighbourhoodId", "themeKey", "month", '${c}', 0, "${c}"::bigint FROM "DashboardMonth" WHERE "${c}" <> 0 AND ${where}`)
      .join("\n    UNION ALL\n    ")}
    UNION ALL
    ${arrayColumns
      .map(
        (c) =>
          `SELECT m."neighbourhoodId", m."themeKey", m."month", '${c}', u.pos::int, u.n::bigint FROM "DashboardMonth" m, unnest(m."${c}") WITH ORDINALITY AS u(n, pos) WHERE u.n <> 0 AND ${where}`,
      )
      .join("\n    UNION ALL\n    ")}
    UNION ALL
    SELECT "neighbourhoodId", "themeKey", "dueOn", 'openActionsByDay', 0, "openActions"::bigint FROM "DashboardOpenActionDay" WHERE "openActions" <> 0 AND ${where}
    UNION ALL
    SELECT "neighbourhoodId", "themeKey", "dueMonth", 'openActionsByMonth', 0, "openActions"::bigint FROM "DashboardOpenActionMonth" WHERE "openActions" <> 0 AND ${where}
  )`;

/** Run first in the same transaction: the recount sorts and hashes millions of rows at 1M cases. */
export const recountSettingsSql = "SET LOCAL work_mem = '256MB'";

/**
 * Rows (nbh, themeKey, month, field, pos, expected, stored) where the summaries are wrong, for
 * every neighbourhood or those of one locality (its id, already checked to be a uuid).
 */
export function summaryMismatchesSqlFor(localityId?: string): string {
  if (localityId && !isUuid(localityId)) throw new Error("A locality id is a uuid");
  const where = localityId ? `"neighbourhoodId" IN (SELECT id FROM "Neighbourhood" WHERE "localityId" = '${localityId}'::uuid)` : "true";
  return `
  WITH ${expected(where)},
  ${stored(where)}
  SELECT coalesce(e.nbh, s.nbh)::text AS "neighbourhoodId", coalesce(e.theme_key, s.theme_key)::text AS "themeKey",
         to_char(coalesce(e.month, s.month), 'YYYY-MM-DD') AS "month", coalesce(e.field, s.field) AS "field",
         coalesce(e.pos, s.pos) AS "position", coalesce(e.n, 0)::int AS "expected", coalesce(s.n, 0)::int AS "stored"
  FROM expected e
  FULL JOIN stored AS s(nbh, theme_key, month, field, pos, n)
    ON s.nbh = e.nbh AND s.theme_key = e.theme_key AND s.month = e.month AND s.field = e.field AND s.pos = e.pos
  WHERE e.n IS DISTINCT FROM s.n
  ORDER BY 1, 2, 3, 4, 5
  LIMIT 50`;
}

export const summaryMismatchesSql = summaryMismatchesSqlFor();

/** How many summary cells the recount covers (so a test can tell an empty comparison from a real one). */
export const recountedCellsSql = `WITH ${expected("true")} SELECT count(*)::int AS "cells" FROM expected`;

export type SummaryMismatch = {
  neighbourhoodId: string;
  themeKey: string;
  month: string;
  field: string;
  position: number;
  expected: number;
  stored: number;
};
