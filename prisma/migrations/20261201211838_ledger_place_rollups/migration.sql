-- Roll-ups of the ledger's neighbourhood month summaries for each locality and for the whole
-- partnership (placeKey: the locality's id, or all zeros for the partnership). A locality's or the
-- partnership's figures then read as few rows as a neighbourhood's: places × months × keys at
-- that level, not the sum over its neighbourhoods. Statement-level triggers on the three
-- summary tables apply each statement's change (new rows less old rows) in one ordered upsert,
-- in the same transaction; a neighbourhood moved to another locality rebuilds them.

-- CreateTable
CREATE TABLE "LedgerBenefitRollup" (
    "placeKey" UUID NOT NULL,
    "month" DATE NOT NULL,
    "kind" "BenefitKind" NOT NULL,
    "organisationKey" UUID NOT NULL,
    "typeKey" TEXT NOT NULL,
    "grossPence" BIGINT NOT NULL DEFAULT 0,
    "netPence" BIGINT NOT NULL DEFAULT 0,
    "netByYear" BIGINT[] DEFAULT ARRAY[]::BIGINT[],
    "outcomes" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LedgerBenefitRollup_pkey" PRIMARY KEY ("placeKey","month","kind","organisationKey","typeKey")
);

-- CreateTable
CREATE TABLE "LedgerOutcomeRollup" (
    "placeKey" UUID NOT NULL,
    "month" DATE NOT NULL,
    "outcomeTypeId" UUID NOT NULL,
    "outcomes" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LedgerOutcomeRollup_pkey" PRIMARY KEY ("placeKey","month","outcomeTypeId")
);

-- CreateTable
CREATE TABLE "LedgerSpendRollup" (
    "placeKey" UUID NOT NULL,
    "month" DATE NOT NULL,
    "intervention" "InterventionType" NOT NULL,
    "spentPence" BIGINT NOT NULL DEFAULT 0,
    "entries" INTEGER NOT NULL DEFAULT 0,
    "outcomes" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LedgerSpendRollup_pkey" PRIMARY KEY ("placeKey","month","intervention")
);

-- CreateTable
CREATE TABLE "LedgerBudgetRollup" (
    "placeKey" UUID NOT NULL,
    "month" DATE NOT NULL,
    "budgetKey" UUID NOT NULL,
    "spentPence" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "LedgerBudgetRollup_pkey" PRIMARY KEY ("placeKey","month","budgetKey")
);

-- Writes come only from the triggers below (as the owner), never from the application.
REVOKE INSERT, UPDATE, DELETE ON "LedgerBenefitRollup", "LedgerOutcomeRollup", "LedgerSpendRollup", "LedgerBudgetRollup" FROM golden_thread_app;

CREATE FUNCTION ledger_array_negated(a bigint[]) RETURNS bigint[]
LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(array_agg(-x ORDER BY i), '{}') FROM unnest(a) WITH ORDINALITY AS u(x, i) $$;

-- Each changed summary row counts for its neighbourhood's locality and for the partnership.
CREATE FUNCTION ledger_rollup_benefits(added "LedgerBenefitMonth"[], removed "LedgerBenefitMonth"[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "LedgerBenefitRollup" AS r ("placeKey", "month", "kind", "organisationKey", "typeKey", "grossPence", "netPence", "netByYear", "outcomes")
  SELECT p.key, d.month, d.kind, d."organisationKey", d."typeKey", sum(d.gross), sum(d.net), ledger_array_sum(d.by_year), sum(d.outcomes)
  FROM (
    SELECT a."neighbourhoodId", a.month, a.kind, a."organisationKey", a."typeKey", a."grossPence" AS gross, a."netPence" AS net,
           coalesce(a."netByYear", '{}') AS by_year, a.outcomes
    FROM unnest(added) AS a
    UNION ALL
    SELECT o."neighbourhoodId", o.month, o.kind, o."organisationKey", o."typeKey", -o."grossPence", -o."netPence",
           ledger_array_negated(o."netByYear"), -o.outcomes
    FROM unnest(removed) AS o
  ) d
  JOIN "Neighbourhood" n ON n.id = d."neighbourhoodId"
  CROSS JOIN LATERAL (VALUES (n."localityId"), ('00000000-0000-0000-0000-000000000000'::uuid)) AS p(key)
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("placeKey", "month", "kind", "organisationKey", "typeKey") DO UPDATE
  SET "grossPence" = r."grossPence" + EXCLUDED."grossPence", "netPence" = r."netPence" + EXCLUDED."netPence",
      "netByYear" = ledger_array_add(r."netByYear", EXCLUDED."netByYear"), "outcomes" = r."outcomes" + EXCLUDED."outcomes";
END;
$$;

CREATE FUNCTION ledger_rollup_outcomes(added "LedgerOutcomeMonth"[], removed "LedgerOutcomeMonth"[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "LedgerOutcomeRollup" AS r ("placeKey", "month", "outcomeTypeId", "outcomes")
  SELECT p.key, d.month, d."outcomeTypeId", sum(d.outcomes)
  FROM (
    SELECT a."neighbourhoodId", a.month, a."outcomeTypeId", a.outcomes FROM unnest(added) AS a
    UNION ALL
    SELECT o."neighbourhoodId", o.month, o."outcomeTypeId", -o.outcomes FROM unnest(removed) AS o
  ) d
  JOIN "Neighbourhood" n ON n.id = d."neighbourhoodId"
  CROSS JOIN LATERAL (VALUES (n."localityId"), ('00000000-0000-0000-0000-000000000000'::uuid)) AS p(key)
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ("placeKey", "month", "outcomeTypeId") DO UPDATE SET "outcomes" = r."outcomes" + EXCLUDED."outcomes";
END;
$$;

-- Spend rows (a budget's key) roll up by intervention and by budget; outcome rows (key all zeros)
-- by intervention only.
CREATE FUNCTION ledger_spend_delta(added "LedgerSpendMonth"[], removed "LedgerSpendMonth"[])
RETURNS TABLE (key uuid, month date, "budgetKey" uuid, intervention "InterventionType", spent bigint, entries int, outcomes int)
LANGUAGE sql STABLE SET search_path = public AS $$
  SELECT p.key, d.month, d."budgetKey", d.intervention, d.spent, d.entries, d.outcomes
  FROM (
    SELECT a."neighbourhoodId", a.month, a."budgetKey", a.intervention, a."spentPence" AS spent, a.entries, a.outcomes FROM unnest(added) AS a
    UNION ALL
    SELECT o."neighbourhoodId", o.month, o."budgetKey", o.intervention, -o."spentPence", -o.entries, -o.outcomes FROM unnest(removed) AS o
  ) d
  JOIN "Neighbourhood" n ON n.id = d."neighbourhoodId"
  CROSS JOIN LATERAL (VALUES (n."localityId"), ('00000000-0000-0000-0000-000000000000'::uuid)) AS p(key)
$$;

CREATE FUNCTION ledger_rollup_spend(added "LedgerSpendMonth"[], removed "LedgerSpendMonth"[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "LedgerSpendRollup" AS r ("placeKey", "month", "intervention", "spentPence", "entries", "outcomes")
  SELECT d.key, d.month, d.intervention,
         coalesce(sum(d.spent) FILTER (WHERE d."budgetKey" <> '00000000-0000-0000-0000-000000000000'::uuid), 0),
         coalesce(sum(d.entries) FILTER (WHERE d."budgetKey" <> '00000000-0000-0000-0000-000000000000'::uuid), 0),
         coalesce(sum(d.outcomes) FILTER (WHERE d."budgetKey" = '00000000-0000-0000-0000-000000000000'::uuid), 0)
  FROM ledger_spend_delta(added, removed) d
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ("placeKey", "month", "intervention") DO UPDATE
  SET "spentPence" = r."spentPence" + EXCLUDED."spentPence", "entries" = r."entries" + EXCLUDED."entries", "outcomes" = r."outcomes" + EXCLUDED."outcomes";

  INSERT INTO "LedgerBudgetRollup" AS r ("placeKey", "month", "budgetKey", "spentPence")
  SELECT d.key, d.month, d."budgetKey", sum(d.spent)
  FROM ledger_spend_delta(added, removed) d
  WHERE d."budgetKey" <> '00000000-0000-0000-0000-000000000000'::uuid
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ("placeKey", "month", "budgetKey") DO UPDATE SET "spentPence" = r."spentPence" + EXCLUDED."spentPence";
END;
$$;

-- ───────────── The triggers (one per event: transition tables allow only one) ─────────────

CREATE FUNCTION ledger_rollup_benefits_on_insert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM ledger_rollup_benefits(ARRAY(SELECT n::"LedgerBenefitMonth" FROM new_rows n), '{}');
  RETURN NULL;
END;
$$;

CREATE FUNCTION ledger_rollup_benefits_on_update() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM ledger_rollup_benefits(ARRAY(SELECT n::"LedgerBenefitMonth" FROM new_rows n), ARRAY(SELECT o::"LedgerBenefitMonth" FROM old_rows o));
  RETURN NULL;
END;
$$;

CREATE FUNCTION ledger_rollup_benefits_on_delete() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM ledger_rollup_benefits('{}', ARRAY(SELECT o::"LedgerBenefitMonth" FROM old_rows o));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ledger_rollup_benefits_insert" AFTER INSERT ON "LedgerBenefitMonth"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_rollup_benefits_on_insert();
CREATE TRIGGER "ledger_rollup_benefits_update" AFTER UPDATE ON "LedgerBenefitMonth"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_rollup_benefits_on_update();
CREATE TRIGGER "ledger_rollup_benefits_delete" AFTER DELETE ON "LedgerBenefitMonth"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_rollup_benefits_on_delete();

CREATE FUNCTION ledger_rollup_outcomes_on_insert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM ledger_rollup_outcomes(ARRAY(SELECT n::"LedgerOutcomeMonth" FROM new_rows n), '{}');
  RETURN NULL;
END;
$$;

CREATE FUNCTION ledger_rollup_outcomes_on_update() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM ledger_rollup_outcomes(ARRAY(SELECT n::"LedgerOutcomeMonth" FROM new_rows n), ARRAY(SELECT o::"LedgerOutcomeMonth" FROM old_rows o));
  RETURN NULL;
END;
$$;

CREATE FUNCTION ledger_rollup_outcomes_on_delete() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM ledger_rollup_outcomes('{}', ARRAY(SELECT o::"LedgerOutcomeMonth" FROM old_rows o));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ledger_rollup_outcomes_insert" AFTER INSERT ON "LedgerOutcomeMonth"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_rollup_outcomes_on_insert();
CREATE TRIGGER "ledger_rollup_outcomes_update" AFTER UPDATE ON "LedgerOutcomeMonth"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_rollup_outcomes_on_update();
CREATE TRIGGER "ledger_rollup_outcomes_delete" AFTER DELETE ON "LedgerOutcomeMonth"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_rollup_outcomes_on_delete();

CREATE FUNCTION ledger_rollup_spend_on_insert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM ledger_rollup_spend(ARRAY(SELECT n::"LedgerSpendMonth" FROM new_rows n), '{}');
  RETURN NULL;
END;
$$;

CREATE FUNCTION ledger_rollup_spend_on_update() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM ledger_rollup_spend(ARRAY(SELECT n::"LedgerSpendMonth" FROM new_rows n), ARRAY(SELECT o::"LedgerSpendMonth" FROM old_rows o));
  RETURN NULL;
END;
$$;

CREATE FUNCTION ledger_rollup_spend_on_delete() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM ledger_rollup_spend('{}', ARRAY(SELECT o::"LedgerSpendMonth" FROM old_rows o));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ledger_rollup_spend_insert" AFTER INSERT ON "LedgerSpendMonth"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_rollup_spend_on_insert();
CREATE TRIGGER "ledger_rollup_spend_update" AFTER UPDATE ON "LedgerSpendMonth"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_rollup_spend_on_update();
CREATE TRIGGER "ledger_rollup_spend_delete" AFTER DELETE ON "LedgerSpendMonth"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_rollup_spend_on_delete();

-- ───────────── Rebuild: a neighbourhood moved to another locality, and existing summaries ─────────────

CREATE FUNCTION ledger_rebuild_rollups() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM "LedgerBenefitRollup";
  DELETE FROM "LedgerOutcomeRollup";
  DELETE FROM "LedgerSpendRollup";
  DELETE FROM "LedgerBudgetRollup";
  PERFORM ledger_rollup_benefits(ARRAY(SELECT m FROM "LedgerBenefitMonth" m), '{}');
  PERFORM ledger_rollup_outcomes(ARRAY(SELECT m FROM "LedgerOutcomeMonth" m), '{}');
  PERFORM ledger_rollup_spend(ARRAY(SELECT m FROM "LedgerSpendMonth" m), '{}');
END;
$$;

CREATE FUNCTION ledger_on_neighbourhood_moved() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM ledger_rebuild_rollups();
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ledger_neighbourhood_moved" AFTER UPDATE OF "localityId" ON "Neighbourhood"
  FOR EACH ROW WHEN (OLD."localityId" IS DISTINCT FROM NEW."localityId") EXECUTE FUNCTION ledger_on_neighbourhood_moved();

SELECT ledger_rebuild_rollups();
