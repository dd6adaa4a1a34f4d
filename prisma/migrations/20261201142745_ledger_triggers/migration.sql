-- The money rules the database itself enforces, and the ledger summaries it keeps, in the same
-- transaction as every change (design: lib/ledger/README.md):
--  * a pooled budget belongs to exactly one place, and what is left is never below zero (its
--    totals are kept here from contributions, spend and decisions; a CHECK refuses an overspend,
--    and the row lock each change takes serialises concurrent spends on one budget);
--  * spend entries, their decisions and contributions are append-only;
--  * unit-cost values are never edited: only a version's end date may be set;
--  * LedgerBenefitMonth, LedgerOutcomeMonth and LedgerSpendMonth follow every credit, valued
--    outcome, spend entry and decision (statement-level triggers over transition tables, one
--    ordered upsert per statement).

ALTER TABLE "PooledBudget" ADD CONSTRAINT "PooledBudget_one_place" CHECK (num_nonnulls("neighbourhoodId", "localityId") = 1);
ALTER TABLE "PooledBudget" ADD CONSTRAINT "PooledBudget_never_overspent" CHECK ("contributedPence" - "spentPence" - "committedPence" >= 0);
ALTER TABLE "PooledBudget" ADD CONSTRAINT "PooledBudget_threshold_positive" CHECK ("approvalThresholdPence" >= 0);
ALTER TABLE "PlaceBeneficiary" ADD CONSTRAINT "PlaceBeneficiary_one_place" CHECK (num_nonnulls("neighbourhoodId", "localityId") = 1);
ALTER TABLE "BudgetSpend" ADD CONSTRAINT "BudgetSpend_sign" CHECK (("reversesId" IS NULL AND "amountPence" > 0) OR ("reversesId" IS NOT NULL AND "amountPence" < 0));
ALTER TABLE "BudgetContribution" ADD CONSTRAINT "BudgetContribution_positive" CHECK ("amountPence" > 0);
ALTER TABLE "UnitCost" ADD CONSTRAINT "UnitCost_ranges" CHECK (
  "years" BETWEEN 1 AND 10
  AND "deadweightBasisPoints" BETWEEN 0 AND 10000
  AND "attributionBasisPoints" BETWEEN 0 AND 10000
  AND "optimismBiasBasisPoints" BETWEEN 0 AND 10000
  AND "confidenceGrade" BETWEEN 1 AND 6
  AND "fiscalPencePerYear" >= 0 AND "economicPencePerYear" >= 0 AND "socialPencePerYear" >= 0
  AND ("effectiveTo" IS NULL OR "effectiveTo" > "effectiveFrom"));

-- ───────────── Append-only entries ─────────────

CREATE FUNCTION ledger_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed (record a correcting entry instead)', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "budget_spend_append_only" BEFORE UPDATE OR DELETE ON "BudgetSpend"
  FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER "budget_spend_no_truncate" BEFORE TRUNCATE ON "BudgetSpend"
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER "spend_decision_append_only" BEFORE UPDATE OR DELETE ON "SpendDecision"
  FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER "spend_decision_no_truncate" BEFORE TRUNCATE ON "SpendDecision"
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER "budget_contribution_append_only" BEFORE UPDATE OR DELETE ON "BudgetContribution"
  FOR EACH ROW EXECUTE FUNCTION ledger_append_only();

-- A unit-cost version keeps its values for ever; closing it (effectiveTo) is the only change.
CREATE FUNCTION unit_cost_values_fixed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'Unit-cost versions are kept so earlier figures can be reproduced: DELETE is not allowed'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (to_jsonb(NEW) - 'effectiveTo') IS DISTINCT FROM (to_jsonb(OLD) - 'effectiveTo') THEN
    RAISE EXCEPTION 'Unit-cost values are never edited: add a version from a date instead'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "unit_cost_values_fixed" BEFORE UPDATE OR DELETE ON "UnitCost"
  FOR EACH ROW EXECUTE FUNCTION unit_cost_values_fixed();

-- ───────────── Budget totals ─────────────

CREATE FUNCTION ledger_on_contribution_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "PooledBudget" b SET "contributedPence" = b."contributedPence" + c.total
  FROM (SELECT "budgetId", sum("amountPence") AS total FROM new_rows GROUP BY 1) c
  WHERE b.id = c."budgetId";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ledger_contribution_totals" AFTER INSERT ON "BudgetContribution"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_on_contribution_insert();

-- Spend below the threshold (and every reversal) counts as spent at once; spend above it is
-- committed until a decision. The month's summary follows only what counts as spent.
CREATE FUNCTION ledger_on_spend_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "PooledBudget" b
  SET "spentPence" = b."spentPence" + s.spent, "committedPence" = b."committedPence" + s.committed
  FROM (
    SELECT "budgetId",
           coalesce(sum("amountPence") FILTER (WHERE NOT "needsApproval"), 0) AS spent,
           coalesce(sum("amountPence") FILTER (WHERE "needsApproval"), 0) AS committed
    FROM new_rows GROUP BY 1
  ) s
  WHERE b.id = s."budgetId";

  INSERT INTO "LedgerSpendMonth" AS m ("neighbourhoodId", "month", "budgetKey", "intervention", "spentPence", "entries")
  SELECT "neighbourhoodId", date_trunc('month', "spentOn")::date, "budgetId", "intervention",
         sum("amountPence"), sum(CASE WHEN "reversesId" IS NULL THEN 1 ELSE -1 END)
  FROM new_rows WHERE NOT "needsApproval"
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("neighbourhoodId", "month", "budgetKey", "intervention") DO UPDATE
  SET "spentPence" = m."spentPence" + EXCLUDED."spentPence", "entries" = m."entries" + EXCLUDED."entries";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ledger_spend_totals" AFTER INSERT ON "BudgetSpend"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_on_spend_insert();

CREATE FUNCTION ledger_on_decision_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "PooledBudget" b
  SET "committedPence" = b."committedPence" - d.decided, "spentPence" = b."spentPence" + d.approved
  FROM (
    SELECT s."budgetId", sum(s."amountPence") AS decided,
           coalesce(sum(s."amountPence") FILTER (WHERE n.decision = 'APPROVED'), 0) AS approved
    FROM new_rows n JOIN "BudgetSpend" s ON s.id = n."spendId" GROUP BY 1
  ) d
  WHERE b.id = d."budgetId";

  INSERT INTO "LedgerSpendMonth" AS m ("neighbourhoodId", "month", "budgetKey", "intervention", "spentPence", "entries")
  SELECT s."neighbourhoodId", date_trunc('month', s."spentOn")::date, s."budgetId", s."intervention", sum(s."amountPence"), count(*)
  FROM new_rows n JOIN "BudgetSpend" s ON s.id = n."spendId"
  WHERE n.decision = 'APPROVED'
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("neighbourhoodId", "month", "budgetKey", "intervention") DO UPDATE
  SET "spentPence" = m."spentPence" + EXCLUDED."spentPence", "entries" = m."entries" + EXCLUDED."entries";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ledger_decision_totals" AFTER INSERT ON "SpendDecision"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_on_decision_insert();

-- ───────────── Valued outcomes and their credits ─────────────

-- Element-wise sum of two arrays of any lengths (nulls and missing elements count as 0).
CREATE FUNCTION ledger_array_add(a bigint[], b bigint[]) RETURNS bigint[]
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  la int := coalesce(array_length(a, 1), 0);
  lb int := coalesce(array_length(b, 1), 0);
  r bigint[];
BEGIN
  IF lb = 0 THEN RETURN coalesce(a, '{}'); END IF;
  IF la = 0 THEN RETURN b; END IF;
  IF la >= lb THEN
    r := a;
    FOR i IN 1..lb LOOP r[i] := r[i] + b[i]; END LOOP;
  ELSE
    r := b;
    FOR i IN 1..la LOOP r[i] := r[i] + a[i]; END LOOP;
  END IF;
  RETURN r;
END
$$;

CREATE AGGREGATE ledger_array_sum(bigint[]) (SFUNC = ledger_array_add, STYPE = bigint[], INITCOND = '{}');

CREATE FUNCTION ledger_array_scaled(a int[], k int) RETURNS bigint[]
LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(array_agg(x::bigint * k ORDER BY i), '{}') FROM unnest(a) WITH ORDINALITY AS u(x, i) $$;

CREATE FUNCTION ledger_apply_credits(rows_changed "BenefitCredit"[], sign int) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "LedgerBenefitMonth" AS m ("neighbourhoodId", "month", "kind", "organisationKey", "typeKey", "grossPence", "netPence", "netByYear", "outcomes")
  SELECT c."neighbourhoodId", date_trunc('month', c."achievedOn")::date, c."kind",
         coalesce(c."organisationId", '00000000-0000-0000-0000-000000000000'::uuid), coalesce(c."beneficiaryType"::text, ''),
         sign * sum(c."grossPence"), sign * sum(c."netPence"), ledger_array_sum(ledger_array_scaled(c."netByYear", sign)),
         sign * count(*) FILTER (WHERE c."countsOutcome")
  FROM unnest(rows_changed) AS c
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("neighbourhoodId", "month", "kind", "organisationKey", "typeKey") DO UPDATE
  SET "grossPence" = m."grossPence" + EXCLUDED."grossPence", "netPence" = m."netPence" + EXCLUDED."netPence",
      "netByYear" = ledger_array_add(m."netByYear", EXCLUDED."netByYear"), "outcomes" = m."outcomes" + EXCLUDED."outcomes";
END;
$$;

CREATE FUNCTION ledger_on_credit_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ledger_apply_credits(ARRAY(SELECT n::"BenefitCredit" FROM new_rows n), 1);
  RETURN NULL;
END;
$$;

CREATE FUNCTION ledger_on_credit_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ledger_apply_credits(ARRAY(SELECT o::"BenefitCredit" FROM old_rows o), -1);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ledger_credit_insert" AFTER INSERT ON "BenefitCredit"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_on_credit_insert();
CREATE TRIGGER "ledger_credit_delete" AFTER DELETE ON "BenefitCredit"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_on_credit_delete();
CREATE TRIGGER "ledger_credit_no_update" BEFORE UPDATE ON "BenefitCredit"
  FOR EACH ROW EXECUTE FUNCTION ledger_append_only();

CREATE FUNCTION ledger_apply_outcomes(rows_changed "LedgerOutcome"[], sign int) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "LedgerOutcomeMonth" AS m ("neighbourhoodId", "month", "outcomeTypeId", "outcomes")
  SELECT o."neighbourhoodId", date_trunc('month', o."achievedOn")::date, o."outcomeTypeId", sign * count(*)
  FROM unnest(rows_changed) AS o
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ("neighbourhoodId", "month", "outcomeTypeId") DO UPDATE SET "outcomes" = m."outcomes" + EXCLUDED."outcomes";

  INSERT INTO "LedgerSpendMonth" AS m ("neighbourhoodId", "month", "budgetKey", "intervention", "outcomes")
  SELECT o."neighbourhoodId", date_trunc('month', o."achievedOn")::date, '00000000-0000-0000-0000-000000000000'::uuid, i.intervention, sign * count(*)
  FROM unnest(rows_changed) AS o, unnest(o."interventions") AS i(intervention)
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("neighbourhoodId", "month", "budgetKey", "intervention") DO UPDATE SET "outcomes" = m."outcomes" + EXCLUDED."outcomes";
END;
$$;

CREATE FUNCTION ledger_on_outcome_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ledger_apply_outcomes(ARRAY(SELECT n::"LedgerOutcome" FROM new_rows n), 1);
  RETURN NULL;
END;
$$;

CREATE FUNCTION ledger_on_outcome_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ledger_apply_outcomes(ARRAY(SELECT o::"LedgerOutcome" FROM old_rows o), -1);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ledger_outcome_insert" AFTER INSERT ON "LedgerOutcome"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_on_outcome_insert();
CREATE TRIGGER "ledger_outcome_delete" AFTER DELETE ON "LedgerOutcome"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_on_outcome_delete();
CREATE TRIGGER "ledger_outcome_no_update" BEFORE UPDATE ON "LedgerOutcome"
  FOR EACH ROW EXECUTE FUNCTION ledger_append_only();

-- ───────────── Rebuild (bulk loads with triggers off, and the recount's twin) ─────────────

CREATE FUNCTION ledger_rebuild_summaries() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "LedgerBenefitMonth";
  DELETE FROM "LedgerOutcomeMonth";
  DELETE FROM "LedgerSpendMonth";
  PERFORM ledger_apply_credits(ARRAY(SELECT c FROM "BenefitCredit" c), 1);
  PERFORM ledger_apply_outcomes(ARRAY(SELECT o FROM "LedgerOutcome" o), 1);
  INSERT INTO "LedgerSpendMonth" AS m ("neighbourhoodId", "month", "budgetKey", "intervention", "spentPence", "entries")
  SELECT s."neighbourhoodId", date_trunc('month', s."spentOn")::date, s."budgetId", s."intervention", sum(s."amountPence"),
         sum(CASE WHEN s."reversesId" IS NULL THEN 1 ELSE -1 END)
  FROM "BudgetSpend" s LEFT JOIN "SpendDecision" d ON d."spendId" = s.id
  WHERE NOT s."needsApproval" OR d.decision = 'APPROVED'
  GROUP BY 1, 2, 3, 4
  ON CONFLICT ("neighbourhoodId", "month", "budgetKey", "intervention") DO UPDATE
  SET "spentPence" = m."spentPence" + EXCLUDED."spentPence", "entries" = m."entries" + EXCLUDED."entries";
END;
$$;
