// The ledger summaries recounted from the rows they summarise, in one statement (one snapshot):
// any cell where a summary and the recount differ, and any cell where a locality's or the
// partnership's roll-up differs from its neighbourhoods' summaries. Empty when the triggers kept
// them right.
// Used by tests/integration/ledger/summaries-match-recount.test.ts and npm run bench:ledger.
export const ledgerSummaryMismatchesSql = `
WITH benefit_recount AS (
  SELECT "neighbourhoodId", date_trunc('month', "achievedOn")::date AS month, kind,
         coalesce("organisationId", '00000000-0000-0000-0000-000000000000'::uuid) AS "organisationKey", coalesce("beneficiaryType"::text, '') AS "typeKey",
         sum("grossPence")::bigint AS gross, sum("netPence")::bigint AS net, count(*) FILTER (WHERE "countsOutcome")::int AS outcomes,
         ledger_array_sum(ledger_array_scaled("netByYear", 1)) AS by_year
  FROM "BenefitCredit" GROUP BY 1, 2, 3, 4, 5
),
benefit_summary AS (
  SELECT "neighbourhoodId", month, kind, "organisationKey", "typeKey", "grossPence" AS gross, "netPence" AS net, outcomes, "netByYear" AS by_year
  FROM "LedgerBenefitMonth" WHERE "grossPence" <> 0 OR "netPence" <> 0 OR outcomes <> 0
),
benefit_mismatch AS (
  SELECT 'LedgerBenefitMonth' AS summary, coalesce(r."neighbourhoodId", s."neighbourhoodId")::text AS place, coalesce(r.month, s.month)::text AS month,
         concat_ws('|', coalesce(r.kind, s.kind), coalesce(r."organisationKey", s."organisationKey"), coalesce(r."typeKey", s."typeKey")) AS cell,
         row(r.gross, r.net, r.outcomes)::text AS recount, row(s.gross, s.net, s.outcomes)::text AS kept
  FROM (SELECT * FROM benefit_recount WHERE gross <> 0 OR net <> 0 OR outcomes <> 0) r FULL JOIN benefit_summary s USING ("neighbourhoodId", month, kind, "organisationKey", "typeKey")
  WHERE r.gross IS DISTINCT FROM s.gross OR r.net IS DISTINCT FROM s.net OR r.outcomes IS DISTINCT FROM s.outcomes
     -- Year by year, trailing zero years ignored (a removed longer stream leaves zeros behind).
     OR regexp_replace(array_to_string(coalesce(r.by_year, '{}'), ','), '(^0$|,0)+$', '') IS DISTINCT FROM regexp_replace(array_to_string(coalesce(s.by_year, '{}'), ','), '(^0$|,0)+$', '')
),
outcome_recount AS (
  SELECT "neighbourhoodId", date_trunc('month', "achievedOn")::date AS month, "outcomeTypeId", count(*)::int AS outcomes FROM "LedgerOutcome" GROUP BY 1, 2, 3
),
outcome_mismatch AS (
  SELECT 'LedgerOutcomeMonth', coalesce(r."neighbourhoodId", s."neighbourhoodId")::text, coalesce(r.month, s.month)::text, coalesce(r."outcomeTypeId", s."outcomeTypeId")::text,
         r.outcomes::text, s.outcomes::text
  FROM outcome_recount r FULL JOIN (SELECT * FROM "LedgerOutcomeMonth" WHERE outcomes <> 0) s USING ("neighbourhoodId", month, "outcomeTypeId")
  WHERE r.outcomes IS DISTINCT FROM s.outcomes
),
spend_recount AS (
  SELECT s."neighbourhoodId", date_trunc('month', s."spentOn")::date AS month, s."budgetId" AS "budgetKey", s.intervention,
         sum(s."amountPence")::bigint AS spent, sum(CASE WHEN s."reversesId" IS NULL THEN 1 ELSE -1 END)::int AS entries, 0 AS outcomes
  FROM "BudgetSpend" s LEFT JOIN "SpendDecision" d ON d."spendId" = s.id
  WHERE NOT s."needsApproval" OR d.decision = 'APPROVED'
  GROUP BY 1, 2, 3, 4
  UNION ALL
  SELECT o."neighbourhoodId", date_trunc('month', o."achievedOn")::date, '00000000-0000-0000-0000-000000000000'::uuid, i.intervention, 0, 0, count(*)::int
  FROM "LedgerOutcome" o, unnest(o.interventions) AS i(intervention)
  GROUP BY 1, 2, 3, 4
),
spend_mismatch AS (
  SELECT 'LedgerSpendMonth', coalesce(r."neighbourhoodId", s."neighbourhoodId")::text, coalesce(r.month, s.month)::text, concat_ws('|', coalesce(r."budgetKey", s."budgetKey"), coalesce(r.intervention, s.intervention)),
         row(r.spent, r.entries, r.outcomes)::text, row(s."spentPence", s.entries, s.outcomes)::text
  -- A fully reversed entry nets to nothing, like a summary cell brought back to zero.
  FROM (SELECT "neighbourhoodId", month, "budgetKey", intervention, sum(spent) AS spent, sum(entries)::int AS entries, sum(outcomes)::int AS outcomes
        FROM spend_recount GROUP BY 1, 2, 3, 4 HAVING sum(spent) <> 0 OR sum(entries) <> 0 OR sum(outcomes) <> 0) r FULL JOIN (SELECT * FROM "LedgerSpendMonth" WHERE "spentPence" <> 0 OR entries <> 0 OR outcomes <> 0) s USING ("neighbourhoodId", month, "budgetKey", intervention)
  WHERE r.spent IS DISTINCT FROM s."spentPence" OR r.entries IS DISTINCT FROM s.entries OR r.outcomes IS DISTINCT FROM s.outcomes
),
budget_mismatch AS (
  SELECT 'PooledBudget', b.id::text, '', 'totals',
         row(coalesce(c.total, 0), coalesce(sp.spent, 0), coalesce(sp.committed, 0))::text, row(b."contributedPence", b."spentPence", b."committedPence")::text
  FROM "PooledBudget" b
  LEFT JOIN (SELECT "budgetId", sum("amountPence")::bigint AS total FROM "BudgetContribution" GROUP BY 1) c ON c."budgetId" = b.id
  LEFT JOIN (
    SELECT s."budgetId",
           coalesce(sum(s."amountPence") FILTER (WHERE NOT s."needsApproval" OR d.decision = 'APPROVED'), 0)::bigint AS spent,
           coalesce(sum(s."amountPence") FILTER (WHERE s."needsApproval" AND d.decision IS NULL), 0)::bigint AS committed
    FROM "BudgetSpend" s LEFT JOIN "SpendDecision" d ON d."spendId" = s.id GROUP BY 1
  ) sp ON sp."budgetId" = b.id
  WHERE coalesce(c.total, 0) <> b."contributedPence" OR coalesce(sp.spent, 0) <> b."spentPence" OR coalesce(sp.committed, 0) <> b."committedPence"
),
-- Each neighbourhood's summary rows once for its locality and once for the partnership (zeros).
place_of AS (
  SELECT n.id AS "neighbourhoodId", p.key AS "placeKey"
  FROM "Neighbourhood" n CROSS JOIN LATERAL (VALUES (n."localityId"), ('00000000-0000-0000-0000-000000000000'::uuid)) AS p(key)
),
benefit_rollup_mismatch AS (
  SELECT 'LedgerBenefitRollup', coalesce(r."placeKey", s."placeKey")::text, coalesce(r.month, s.month)::text,
         concat_ws('|', coalesce(r.kind, s.kind), coalesce(r."organisationKey", s."organisationKey"), coalesce(r."typeKey", s."typeKey")),
         row(r.gross, r.net, r.outcomes, r.by_year)::text, row(s."grossPence", s."netPence", s.outcomes, s."netByYear")::text
  FROM (SELECT p."placeKey", m.month, m.kind, m."organisationKey", m."typeKey", sum(m."grossPence")::bigint AS gross, sum(m."netPence")::bigint AS net,
               sum(m.outcomes)::int AS outcomes, ledger_array_sum(m."netByYear") AS by_year
        FROM "LedgerBenefitMonth" m JOIN place_of p USING ("neighbourhoodId") GROUP BY 1, 2, 3, 4, 5) r
  FULL JOIN "LedgerBenefitRollup" s USING ("placeKey", month, kind, "organisationKey", "typeKey")
  WHERE coalesce(r.gross, 0) <> coalesce(s."grossPence", 0) OR coalesce(r.net, 0) <> coalesce(s."netPence", 0) OR coalesce(r.outcomes, 0) <> coalesce(s.outcomes, 0)
     OR regexp_replace(array_to_string(coalesce(r.by_year, '{}'), ','), '(^0$|,0)+$', '') IS DISTINCT FROM regexp_replace(array_to_string(coalesce(s."netByYear", '{}'), ','), '(^0$|,0)+$', '')
),
outcome_rollup_mismatch AS (
  SELECT 'LedgerOutcomeRollup', coalesce(r."placeKey", s."placeKey")::text, coalesce(r.month, s.month)::text, coalesce(r."outcomeTypeId", s."outcomeTypeId")::text,
         r.outcomes::text, s.outcomes::text
  FROM (SELECT p."placeKey", m.month, m."outcomeTypeId", sum(m.outcomes)::int AS outcomes
        FROM "LedgerOutcomeMonth" m JOIN place_of p USING ("neighbourhoodId") GROUP BY 1, 2, 3) r
  FULL JOIN "LedgerOutcomeRollup" s USING ("placeKey", month, "outcomeTypeId")
  WHERE coalesce(r.outcomes, 0) <> coalesce(s.outcomes, 0)
),
spend_rollup_mismatch AS (
  SELECT 'LedgerSpendRollup', coalesce(r."placeKey", s."placeKey")::text, coalesce(r.month, s.month)::text, coalesce(r.intervention, s.intervention)::text,
         row(r.spent, r.entries, r.outcomes)::text, row(s."spentPence", s.entries, s.outcomes)::text
  FROM (SELECT p."placeKey", m.month, m.intervention,
               coalesce(sum(m."spentPence") FILTER (WHERE m."budgetKey" <> '00000000-0000-0000-0000-000000000000'::uuid), 0)::bigint AS spent,
               coalesce(sum(m.entries) FILTER (WHERE m."budgetKey" <> '00000000-0000-0000-0000-000000000000'::uuid), 0)::int AS entries,
               coalesce(sum(m.outcomes) FILTER (WHERE m."budgetKey" = '00000000-0000-0000-0000-000000000000'::uuid), 0)::int AS outcomes
        FROM "LedgerSpendMonth" m JOIN place_of p USING ("neighbourhoodId") GROUP BY 1, 2, 3) r
  FULL JOIN "LedgerSpendRollup" s USING ("placeKey", month, intervention)
  WHERE coalesce(r.spent, 0) <> coalesce(s."spentPence", 0) OR coalesce(r.entries, 0) <> coalesce(s.entries, 0) OR coalesce(r.outcomes, 0) <> coalesce(s.outcomes, 0)
),
budget_rollup_mismatch AS (
  SELECT 'LedgerBudgetRollup', coalesce(r."placeKey", s."placeKey")::text, coalesce(r.month, s.month)::text, coalesce(r."budgetKey", s."budgetKey")::text,
         r.spent::text, s."spentPence"::text
  FROM (SELECT p."placeKey", m.month, m."budgetKey", sum(m."spentPence")::bigint AS spent
        FROM "LedgerSpendMonth" m JOIN place_of p USING ("neighbourhoodId")
        WHERE m."budgetKey" <> '00000000-0000-0000-0000-000000000000'::uuid GROUP BY 1, 2, 3) r
  FULL JOIN "LedgerBudgetRollup" s USING ("placeKey", month, "budgetKey")
  WHERE coalesce(r.spent, 0) <> coalesce(s."spentPence", 0)
)
SELECT * FROM benefit_mismatch UNION ALL SELECT * FROM outcome_mismatch UNION ALL SELECT * FROM spend_mismatch UNION ALL SELECT * FROM budget_mismatch
UNION ALL SELECT * FROM benefit_rollup_mismatch UNION ALL SELECT * FROM outcome_rollup_mismatch UNION ALL SELECT * FROM spend_rollup_mismatch UNION ALL SELECT * FROM budget_rollup_mismatch
LIMIT 50`;
