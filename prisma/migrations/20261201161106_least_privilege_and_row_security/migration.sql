-- CreateEnum
CREATE TYPE "CaseAccessVia" AS ENUM ('LEAD', 'REFERRAL', 'AGREEMENT');

-- CreateTable
CREATE TABLE "CaseAccess" (
    "id" BIGSERIAL NOT NULL,
    "caseId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "via" "CaseAccessVia" NOT NULL,
    "validFrom" DATE,
    "validTo" DATE,

    CONSTRAINT "CaseAccess_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseAccess_organisationId_caseId_idx" ON "CaseAccess"("organisationId", "caseId");

-- CreateIndex
CREATE INDEX "CaseAccess_organisationId_personId_idx" ON "CaseAccess"("organisationId", "personId");

-- CreateIndex
CREATE INDEX "CaseAccess_caseId_idx" ON "CaseAccess"("caseId");

-- AddForeignKey
ALTER TABLE "CaseAccess" ADD CONSTRAINT "CaseAccess_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SharedCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ═════════════ A least-privilege role, and row-level security on case content ═════════════
-- A second wall behind the access policy (lib/access/); README, "The database role and
-- row-level security".
--
-- golden_thread_app owns nothing: it may read and write rows, append to the audit trail, and
-- nothing else (no UPDATE/DELETE/TRUNCATE of "AuditEvent", no ALTER, no DISABLE TRIGGER, no
-- session_replication_role, which needs a superuser). The application takes this role in
-- every transaction (SET LOCAL ROLE) and connects, in production, as a login role that is a
-- member of it (APP_DATABASE_URL). Migrations and the demo data run as the owner.
--
-- Every transaction also says whose it is: gt.context = 'actor' with gt.organisation_id and
-- gt.user_id, or 'system' for the few named unsafe… steps that must see across organisations
-- (deciding access, admins' counts). With no context, case content is invisible: a query that
-- forgot its filter, or ran outside a transaction, returns nothing.

DO $$
BEGIN
  CREATE ROLE golden_thread_app NOLOGIN;
EXCEPTION
  -- Roles belong to the whole server: another database (or a parallel test run) made it first.
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- The role that runs migrations may take the app role (SET ROLE needs membership unless it is
-- a superuser), so `npm run dev` and the tests work with one connection string.
DO $$
BEGIN
  EXECUTE format('GRANT golden_thread_app TO %I', current_user);
EXCEPTION
  WHEN insufficient_privilege THEN
    RAISE NOTICE 'Could not make % a member of golden_thread_app: grant it, or give the app its own login role', current_user;
END
$$;

GRANT USAGE ON SCHEMA public TO golden_thread_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO golden_thread_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO golden_thread_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO golden_thread_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO golden_thread_app;

-- The audit trail: append and read only (its trigger refuses changes even to the owner).
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM golden_thread_app;
-- Migration history, the dashboards' summaries and case access are written by the owner and its
-- triggers only.
DO $$
BEGIN
  -- Absent where migrations are replayed without Prisma Migrate's history (a diff's shadow database).
  IF to_regclass('"_prisma_migrations"') IS NOT NULL THEN
    REVOKE ALL ON "_prisma_migrations" FROM golden_thread_app;
  END IF;
END
$$;
REVOKE INSERT, UPDATE, DELETE ON "DashboardMonth", "DashboardOpenActionMonth", "DashboardOpenActionDay", "DashboardCategory", "CaseAccess" FROM golden_thread_app;

-- ───────────── Who is asking ─────────────
-- Plain SQL functions, so the planner inlines them into the policies below.

CREATE FUNCTION gt_context() RETURNS text
LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('gt.context', true), '') $$;

CREATE FUNCTION gt_actor_organisation() RETURNS uuid
LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('gt.organisation_id', true), '')::uuid $$;

CREATE FUNCTION gt_actor_user() RETURNS uuid
LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('gt.user_id', true), '')::uuid $$;

CREATE FUNCTION gt_today() RETURNS date
LANGUAGE sql STABLE AS $$ SELECT (now() AT TIME ZONE 'Europe/London')::date $$;

CREATE FUNCTION gt_has_context() RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT gt_context() IN ('actor', 'system') $$;

-- ───────────── Which organisations may see a case: "CaseAccess" ─────────────
-- The organisation-level rule of lib/access/visible-cases-where.ts, kept as rows: the lead
-- organisation; an organisation holding a pending referral (it sees the referral summary); an
-- organisation in the team around the person, for the days an active agreement with the lead
-- covering every theme of the case is in force. Recomputed, per case, by the triggers below
-- whenever any of those facts changes; the days an agreement is in force are on the row, so
-- an agreement that expires needs no write.

CREATE FUNCTION gt_refresh_case_access(ids uuid[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  DELETE FROM "CaseAccess" WHERE "caseId" = ANY (ids);
  INSERT INTO "CaseAccess" ("caseId", "organisationId", "personId", via, "validFrom", "validTo")
  SELECT c.id, c."leadOrganisationId", c."personId", 'LEAD'::"CaseAccessVia", NULL::date, NULL::date
  FROM "SharedCase" c WHERE c.id = ANY (ids)
  UNION ALL
  SELECT DISTINCT c.id, r."toOrganisationId", c."personId", 'REFERRAL'::"CaseAccessVia", NULL::date, NULL::date
  FROM "Referral" r JOIN "SharedCase" c ON c.id = r."caseId"
  WHERE r."caseId" = ANY (ids) AND r.status = 'PENDING'
  UNION ALL
  SELECT c.id, i."organisationId", c."personId", 'AGREEMENT'::"CaseAccessVia", a."startsOn", a."endsOn"
  FROM "SharedCase" c
  JOIN "CaseInvolvement" i ON i."caseId" = c.id AND i."leftAt" IS NULL AND i."organisationId" <> c."leadOrganisationId"
  JOIN "AgreementParty" mine ON mine."organisationId" = i."organisationId"
  JOIN "SharingAgreement" a ON a.id = mine."agreementId" AND a.status = 'ACTIVE'
  JOIN "AgreementParty" lead ON lead."agreementId" = a.id AND lead."organisationId" = c."leadOrganisationId"
  WHERE c.id = ANY (ids)
    AND NOT EXISTS (
      SELECT 1 FROM "CaseTheme" t
      WHERE t."caseId" = c.id
        AND NOT EXISTS (SELECT 1 FROM "AgreementTheme" at WHERE at."agreementId" = a.id AND at."themeId" = t."themeId"));
$$;

/** Every case's access from scratch (after a bulk load with triggers off). */
CREATE FUNCTION gt_rebuild_case_access() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  SELECT gt_refresh_case_access(ARRAY(SELECT id FROM "SharedCase"));
$$;

-- Statement-level triggers (one refresh per statement, also for bulk writes). A trigger with
-- transition tables serves one event, hence one trigger per event.
CREATE FUNCTION gt_access_on_case_rows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM gt_refresh_case_access(ARRAY(SELECT DISTINCT n.id FROM new_rows n));
  ELSE
    PERFORM gt_refresh_case_access(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n."leadOrganisationId" IS DISTINCT FROM o."leadOrganisationId" OR n."personId" IS DISTINCT FROM o."personId"));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER gt_access_case_insert AFTER INSERT ON "SharedCase"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gt_access_on_case_rows();
CREATE TRIGGER gt_access_case_update AFTER UPDATE ON "SharedCase"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gt_access_on_case_rows();

-- Children that carry a "caseId": the team around the person, referrals, themes.
CREATE FUNCTION gt_access_on_child_insert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM gt_refresh_case_access(ARRAY(SELECT DISTINCT n."caseId" FROM new_rows n));
  RETURN NULL;
END
$$;
CREATE FUNCTION gt_access_on_child_update() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM gt_refresh_case_access(ARRAY(SELECT n."caseId" FROM new_rows n UNION SELECT o."caseId" FROM old_rows o));
  RETURN NULL;
END
$$;
CREATE FUNCTION gt_access_on_child_delete() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM gt_refresh_case_access(ARRAY(SELECT DISTINCT o."caseId" FROM old_rows o));
  RETURN NULL;
END
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['CaseInvolvement', 'Referral', 'CaseTheme'] LOOP
    EXECUTE format('CREATE TRIGGER gt_access_%s_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gt_access_on_child_insert()', lower(t), t);
    EXECUTE format('CREATE TRIGGER gt_access_%s_update AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gt_access_on_child_update()', lower(t), t);
    EXECUTE format('CREATE TRIGGER gt_access_%s_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gt_access_on_child_delete()', lower(t), t);
  END LOOP;
END
$$;

-- Agreements: a change to one (status, dates, parties, themes) refreshes the cases its parties
-- are involved in. Rare, admin-made, and set-based.
CREATE FUNCTION gt_refresh_access_of_agreements(agreement_ids uuid[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  SELECT gt_refresh_case_access(ARRAY(
    SELECT DISTINCT i."caseId" FROM "CaseInvolvement" i
    WHERE i."organisationId" IN (SELECT p."organisationId" FROM "AgreementParty" p WHERE p."agreementId" = ANY (agreement_ids))));
$$;
CREATE FUNCTION gt_access_on_agreement() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM gt_refresh_access_of_agreements(ARRAY(SELECT o.id FROM old_rows o));
  ELSE
    PERFORM gt_refresh_access_of_agreements(ARRAY(SELECT n.id FROM new_rows n));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER gt_access_agreement_insert AFTER INSERT ON "SharingAgreement"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gt_access_on_agreement();
CREATE TRIGGER gt_access_agreement_update AFTER UPDATE ON "SharingAgreement"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gt_access_on_agreement();

-- A party or theme added to or taken from an agreement. On a removal the departing party's own
-- cases need a refresh too, which the agreement's remaining parties would not reach.
CREATE FUNCTION gt_access_on_agreement_part() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM gt_refresh_access_of_agreements(ARRAY(SELECT DISTINCT n."agreementId" FROM new_rows n));
  ELSE
    PERFORM gt_refresh_access_of_agreements(ARRAY(SELECT DISTINCT o."agreementId" FROM old_rows o));
    IF TG_TABLE_NAME = 'AgreementParty' THEN
      PERFORM gt_refresh_case_access(ARRAY(
        SELECT DISTINCT i."caseId" FROM "CaseInvolvement" i WHERE i."organisationId" IN (SELECT o."organisationId" FROM old_rows o)
        UNION SELECT c.id FROM "SharedCase" c WHERE c."leadOrganisationId" IN (SELECT o."organisationId" FROM old_rows o)));
    END IF;
  END IF;
  RETURN NULL;
END
$$;
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['AgreementParty', 'AgreementTheme'] LOOP
    EXECUTE format('CREATE TRIGGER gt_access_%s_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gt_access_on_agreement_part()', lower(t), t);
    EXECUTE format('CREATE TRIGGER gt_access_%s_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gt_access_on_agreement_part()', lower(t), t);
  END LOOP;
END
$$;

-- Maintenance is the triggers' (running as the owner), not the application's.
REVOKE EXECUTE ON FUNCTION gt_refresh_case_access(uuid[]), gt_rebuild_case_access(), gt_refresh_access_of_agreements(uuid[]) FROM PUBLIC;

-- Cases that exist already (a database migrated with data in it).
SELECT gt_rebuild_case_access();

-- ───────────── The policies ─────────────
-- Reads, updates and deletes: rows of cases the actor's organisation may see today (an index
-- probe of "CaseAccess" per row, inlined by the planner), or a system step. Inserts: any row, in
-- a transaction that says whose it is — what may be written is decided by the access policy in
-- the same transaction (lib/cases/case-transaction.ts); a row returned by an insert must still
-- be one the actor may read.

CREATE FUNCTION gt_case_access_sql(case_column text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT format(
    '(gt_context() = ''system'' OR (gt_context() = ''actor'' AND EXISTS (SELECT 1 FROM "CaseAccess" gt_x WHERE gt_x."caseId" = %s AND gt_x."organisationId" = gt_actor_organisation() AND (gt_x."validFrom" IS NULL OR gt_x."validFrom" <= gt_today()) AND (gt_x."validTo" IS NULL OR gt_x."validTo" >= gt_today()))))',
    case_column)
$$;

DO $$
DECLARE
  t text;
  visible text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'CaseTheme', 'CaseInvolvement', 'CaseWorker', 'ConsentRecord', 'CaseAction', 'Referral',
    'CaseStatusChange', 'LeadTransfer', 'Outcome'
  ] LOOP
    visible := gt_case_access_sql(format('%I."caseId"', t));
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY app_read ON %I FOR SELECT TO golden_thread_app USING %s', t, visible);
    EXECUTE format('CREATE POLICY app_insert ON %I FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context())', t);
    EXECUTE format('CREATE POLICY app_update ON %I FOR UPDATE TO golden_thread_app USING %s WITH CHECK (gt_has_context())', t, visible);
    EXECUTE format('CREATE POLICY app_delete ON %I FOR DELETE TO golden_thread_app USING %s', t, visible);
  END LOOP;

  -- The case itself: its own lead is checked on the row, so the case a worker has just
  -- inserted (before its access rows exist) is theirs to read back.
  visible := gt_case_access_sql('"SharedCase".id');
  ALTER TABLE "SharedCase" ENABLE ROW LEVEL SECURITY;
  EXECUTE format('CREATE POLICY app_read ON "SharedCase" FOR SELECT TO golden_thread_app USING ((gt_context() = ''actor'' AND "leadOrganisationId" = gt_actor_organisation()) OR %s)', visible);
  CREATE POLICY app_insert ON "SharedCase" FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context());
  EXECUTE format('CREATE POLICY app_update ON "SharedCase" FOR UPDATE TO golden_thread_app USING %s WITH CHECK (gt_has_context())', visible);
  EXECUTE format('CREATE POLICY app_delete ON "SharedCase" FOR DELETE TO golden_thread_app USING %s', visible);

  -- Notes marked "own organisation only" are read by the author's organisation alone.
  visible := gt_case_access_sql('"CaseNote"."caseId"');
  ALTER TABLE "CaseNote" ENABLE ROW LEVEL SECURITY;
  EXECUTE format('CREATE POLICY app_read ON "CaseNote" FOR SELECT TO golden_thread_app USING (%s AND (visibility = ''ALL_INVOLVED'' OR "authorOrganisationId" = gt_actor_organisation() OR gt_context() = ''system''))', visible);
  CREATE POLICY app_insert ON "CaseNote" FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context());
  EXECUTE format('CREATE POLICY app_update ON "CaseNote" FOR UPDATE TO golden_thread_app USING %s WITH CHECK (gt_has_context())', visible);
  EXECUTE format('CREATE POLICY app_delete ON "CaseNote" FOR DELETE TO golden_thread_app USING %s', visible);

  -- A referral's themes, through its referral's case.
  visible := gt_case_access_sql('(SELECT gt_r."caseId" FROM "Referral" gt_r WHERE gt_r.id = "ReferralTheme"."referralId")');
  ALTER TABLE "ReferralTheme" ENABLE ROW LEVEL SECURITY;
  EXECUTE format('CREATE POLICY app_read ON "ReferralTheme" FOR SELECT TO golden_thread_app USING %s', visible);
  CREATE POLICY app_insert ON "ReferralTheme" FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context());
  EXECUTE format('CREATE POLICY app_delete ON "ReferralTheme" FOR DELETE TO golden_thread_app USING %s', visible);

  -- Spend from pooled budgets: a spend linked to a case is read only by those who may see the
  -- case; amounts on their own are not case content (admins and leads read aggregates).
  visible := gt_case_access_sql('"BudgetSpend"."caseId"');
  ALTER TABLE "BudgetSpend" ENABLE ROW LEVEL SECURITY;
  EXECUTE format('CREATE POLICY app_read ON "BudgetSpend" FOR SELECT TO golden_thread_app USING (gt_has_context() AND ("caseId" IS NULL OR %s))', visible);
  CREATE POLICY app_insert ON "BudgetSpend" FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context());
  EXECUTE format('CREATE POLICY app_update ON "BudgetSpend" FOR UPDATE TO golden_thread_app USING ("caseId" IS NULL OR %s) WITH CHECK (gt_has_context())', visible);
  EXECUTE format('CREATE POLICY app_delete ON "BudgetSpend" FOR DELETE TO golden_thread_app USING ("caseId" IS NULL OR %s)', visible);

  -- A user's own notifications (or their organisation's inbox), about cases still shared.
  visible := gt_case_access_sql('"Notification"."caseId"');
  ALTER TABLE "Notification" ENABLE ROW LEVEL SECURITY;
  EXECUTE format('CREATE POLICY app_read ON "Notification" FOR SELECT TO golden_thread_app USING (gt_context() = ''system'' OR (gt_context() = ''actor'' AND ("userId" = gt_actor_user() OR "organisationId" = gt_actor_organisation()) AND ("caseId" IS NULL OR %s)))', visible);
END
$$;
CREATE POLICY app_insert ON "Notification" FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context());
CREATE POLICY app_update ON "Notification" FOR UPDATE TO golden_thread_app
  USING (gt_context() = 'system' OR "userId" = gt_actor_user() OR "organisationId" = gt_actor_organisation()) WITH CHECK (gt_has_context());
CREATE POLICY app_delete ON "Notification" FOR DELETE TO golden_thread_app USING (gt_context() = 'system');

-- A person: on a case the actor's organisation may see today, or recorded by that organisation
-- (a person is recorded before their case is opened).
ALTER TABLE "Person" ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_read ON "Person" FOR SELECT TO golden_thread_app USING (
  gt_context() = 'system'
  OR (gt_context() = 'actor' AND (
    "createdById" IN (SELECT gt_u.id FROM "User" gt_u WHERE gt_u."organisationId" = gt_actor_organisation())
    OR EXISTS (
      SELECT 1 FROM "CaseAccess" gt_x
      WHERE gt_x."personId" = "Person".id AND gt_x."organisationId" = gt_actor_organisation()
        AND (gt_x."validFrom" IS NULL OR gt_x."validFrom" <= gt_today()) AND (gt_x."validTo" IS NULL OR gt_x."validTo" >= gt_today())))));
CREATE POLICY app_insert ON "Person" FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context());
CREATE POLICY app_update ON "Person" FOR UPDATE TO golden_thread_app USING (gt_has_context()) WITH CHECK (gt_has_context());

-- A household: one a person the actor may see lives in (row security on "Person" applies
-- within), or one a case they may see is for.
ALTER TABLE "Household" ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_read ON "Household" FOR SELECT TO golden_thread_app USING (
  gt_context() = 'system'
  OR EXISTS (SELECT 1 FROM "Person" gt_p WHERE gt_p."householdId" = "Household".id)
  OR EXISTS (SELECT 1 FROM "SharedCase" gt_c WHERE gt_c."householdId" = "Household".id));
CREATE POLICY app_insert ON "Household" FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context());
CREATE POLICY app_update ON "Household" FOR UPDATE TO golden_thread_app USING (gt_has_context()) WITH CHECK (gt_has_context());

-- ───────────── Triggers keep working for everyone ─────────────
-- The dashboard summaries are maintained by triggers that read the case tables whoever made the
-- change: they run with the owner's rights (which also write the summaries the app may not).
ALTER FUNCTION dash_on_case_insert() SECURITY DEFINER SET search_path = public;
ALTER FUNCTION dash_on_case_update() SECURITY DEFINER SET search_path = public;
ALTER FUNCTION dash_on_case_delete() SECURITY DEFINER SET search_path = public;
ALTER FUNCTION dash_on_case_theme_change() SECURITY DEFINER SET search_path = public;
ALTER FUNCTION dash_on_child_change() SECURITY DEFINER SET search_path = public;
ALTER FUNCTION dash_on_category_insert() SECURITY DEFINER SET search_path = public;
ALTER FUNCTION dash_on_truncate() SECURITY DEFINER SET search_path = public;

-- The ledger's totals and summaries (migration ledger_triggers) likewise: its triggers read spend
-- on cases the acting user's organisation may not see (a budget holder deciding), so they run
-- with the owner's rights, and only they write the summaries.
ALTER FUNCTION ledger_on_contribution_insert() SECURITY DEFINER SET search_path = public;
ALTER FUNCTION ledger_on_spend_insert() SECURITY DEFINER SET search_path = public;
ALTER FUNCTION ledger_on_decision_insert() SECURITY DEFINER SET search_path = public;
ALTER FUNCTION ledger_on_credit_insert() SECURITY DEFINER SET search_path = public;
ALTER FUNCTION ledger_on_credit_delete() SECURITY DEFINER SET search_path = public;
ALTER FUNCTION ledger_on_outcome_insert() SECURITY DEFINER SET search_path = public;
ALTER FUNCTION ledger_on_outcome_delete() SECURITY DEFINER SET search_path = public;
REVOKE INSERT, UPDATE, DELETE ON "LedgerBenefitMonth", "LedgerOutcomeMonth", "LedgerSpendMonth" FROM golden_thread_app;

-- A budget's running totals from its contributions, spend and decisions, from scratch (after a
-- bulk load with the triggers that keep them set aside). Spend below the threshold counts as
-- spent at once; above it, committed until decided, then spent if approved.
CREATE FUNCTION ledger_rebuild_budget_totals() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  UPDATE "PooledBudget" b SET
    "contributedPence" = coalesce((SELECT sum(c."amountPence") FROM "BudgetContribution" c WHERE c."budgetId" = b.id), 0),
    "spentPence" = coalesce((
      SELECT sum(s."amountPence") FROM "BudgetSpend" s LEFT JOIN "SpendDecision" d ON d."spendId" = s.id
      WHERE s."budgetId" = b.id AND (NOT s."needsApproval" OR d.decision = 'APPROVED')), 0),
    "committedPence" = coalesce((
      SELECT sum(s."amountPence") FROM "BudgetSpend" s LEFT JOIN "SpendDecision" d ON d."spendId" = s.id
      WHERE s."budgetId" = b.id AND s."needsApproval" AND d."spendId" IS NULL), 0);
$$;
ALTER FUNCTION ledger_rebuild_summaries() SECURITY DEFINER SET search_path = public;
REVOKE EXECUTE ON FUNCTION ledger_rebuild_budget_totals(), ledger_rebuild_summaries() FROM PUBLIC;
