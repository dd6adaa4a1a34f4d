-- A least-privilege role for the application, and row-level security on case content as a
-- second wall behind the access policy (lib/access/). See README, "The database role and
-- row-level security".
--
-- golden_thread_app owns nothing: it may read and write rows, append to the audit trail, and
-- nothing else (no UPDATE/DELETE/TRUNCATE of "AuditEvent", no ALTER, no DISABLE TRIGGER, no
-- session_replication_role, which needs a superuser). The application takes this role in
-- every transaction (SET LOCAL ROLE) and connects, in production, as a login role that is a
-- member of it (APP_DATABASE_URL). Migrations and the demo data run as the owner.
--
-- Every transaction also says whose it is: gt.context = 'actor' with gt.organisation_id and
-- gt.user_id, or 'system' for the few named unsafe… reads that must see across organisations
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

GRANT USAGE ON SCHEMA public TO golden_thread_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO golden_thread_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO golden_thread_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO golden_thread_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO golden_thread_app;

-- The audit trail: append and read only (its trigger refuses changes even to the owner).
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM golden_thread_app;
-- Migration history and the dashboards' summaries are written by the owner and its triggers only.
REVOKE ALL ON "_prisma_migrations" FROM golden_thread_app;
REVOKE INSERT, UPDATE, DELETE ON "DashboardMonth", "DashboardOpenActionMonth", "DashboardOpenActionDay", "DashboardCategory" FROM golden_thread_app;

-- ───────────── Who is asking ─────────────

CREATE FUNCTION gt_context() RETURNS text
LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('gt.context', true), '') $$;

CREATE FUNCTION gt_actor_organisation() RETURNS uuid
LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('gt.organisation_id', true), '')::uuid $$;

CREATE FUNCTION gt_actor_user() RETURNS uuid
LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('gt.user_id', true), '')::uuid $$;

-- ───────────── May the actor's organisation see this case? ─────────────
-- The organisation-level rule of lib/access/visible-cases-where.ts, in SQL: the lead
-- organisation; an organisation holding a pending referral (it sees the referral summary); an
-- organisation in the team around the person whose agreement in force with the lead covers
-- every theme of the case. SECURITY DEFINER, so it reads the tables it consults without their
-- own row security (no recursion); it returns a yes or no, never a row.

CREATE FUNCTION gt_may_see_case(case_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT CASE gt_context()
    WHEN 'system' THEN true
    WHEN 'actor' THEN EXISTS (
      SELECT 1 FROM "SharedCase" c
      WHERE c.id = case_id
        AND (
          c."leadOrganisationId" = gt_actor_organisation()
          OR EXISTS (
            SELECT 1 FROM "Referral" r
            WHERE r."caseId" = c.id AND r."toOrganisationId" = gt_actor_organisation() AND r.status = 'PENDING')
          OR (
            EXISTS (
              SELECT 1 FROM "CaseInvolvement" i
              WHERE i."caseId" = c.id AND i."organisationId" = gt_actor_organisation() AND i."leftAt" IS NULL)
            AND EXISTS (
              SELECT 1 FROM "SharingAgreement" a
              JOIN "AgreementParty" mine ON mine."agreementId" = a.id AND mine."organisationId" = gt_actor_organisation()
              JOIN "AgreementParty" lead ON lead."agreementId" = a.id AND lead."organisationId" = c."leadOrganisationId"
              WHERE a.status = 'ACTIVE'
                AND a."startsOn" <= (now() AT TIME ZONE 'Europe/London')::date
                AND (a."endsOn" IS NULL OR a."endsOn" >= (now() AT TIME ZONE 'Europe/London')::date)
                AND NOT EXISTS (
                  SELECT 1 FROM "CaseTheme" t
                  WHERE t."caseId" = c.id
                    AND NOT EXISTS (SELECT 1 FROM "AgreementTheme" at WHERE at."agreementId" = a.id AND at."themeId" = t."themeId")))
          )
        ))
    ELSE false
  END
$$;

-- A person: on a case the actor's organisation may see, or recorded by that organisation (a
-- person is recorded before their case is opened).
CREATE FUNCTION gt_may_see_person(person_id uuid, created_by uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT CASE gt_context()
    WHEN 'system' THEN true
    WHEN 'actor' THEN
      EXISTS (SELECT 1 FROM "User" u WHERE u.id = created_by AND u."organisationId" = gt_actor_organisation())
      OR EXISTS (SELECT 1 FROM "SharedCase" c WHERE c."personId" = person_id AND gt_may_see_case(c.id))
    ELSE false
  END
$$;

CREATE FUNCTION gt_may_see_household(household_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT CASE gt_context()
    WHEN 'system' THEN true
    WHEN 'actor' THEN
      EXISTS (SELECT 1 FROM "Person" p WHERE p."householdId" = household_id AND gt_may_see_person(p.id, p."createdById"))
      OR EXISTS (SELECT 1 FROM "SharedCase" c WHERE c."householdId" = household_id AND gt_may_see_case(c.id))
    ELSE false
  END
$$;

CREATE FUNCTION gt_may_see_referral(referral_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM "Referral" r WHERE r.id = referral_id AND gt_may_see_case(r."caseId"))
$$;

-- ───────────── The policies ─────────────
-- Reads, updates and deletes: only rows of cases the organisation may see. Inserts: any row, in
-- a transaction that says whose it is (what may be written is decided by the access policy in
-- the same transaction, lib/cases/case-transaction.ts); a row returned by an insert must
-- still be one the actor may read.

CREATE FUNCTION gt_has_context() RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT gt_context() IN ('actor', 'system') $$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'CaseTheme', 'CaseInvolvement', 'CaseWorker', 'ConsentRecord', 'CaseAction', 'Referral',
    'CaseStatusChange', 'LeadTransfer', 'Outcome'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY app_read ON %I FOR SELECT TO golden_thread_app USING (gt_may_see_case("caseId"))', t);
    EXECUTE format('CREATE POLICY app_insert ON %I FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context())', t);
    EXECUTE format('CREATE POLICY app_update ON %I FOR UPDATE TO golden_thread_app USING (gt_may_see_case("caseId")) WITH CHECK (gt_has_context())', t);
    EXECUTE format('CREATE POLICY app_delete ON %I FOR DELETE TO golden_thread_app USING (gt_may_see_case("caseId"))', t);
  END LOOP;
END
$$;

-- The case itself: its own lead organisation is checked on the row, so the row a worker has
-- just inserted is theirs to read back.
ALTER TABLE "SharedCase" ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_read ON "SharedCase" FOR SELECT TO golden_thread_app
  USING ((gt_context() = 'actor' AND "leadOrganisationId" = gt_actor_organisation()) OR gt_may_see_case(id));
CREATE POLICY app_insert ON "SharedCase" FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context());
CREATE POLICY app_update ON "SharedCase" FOR UPDATE TO golden_thread_app USING (gt_may_see_case(id)) WITH CHECK (gt_has_context());
CREATE POLICY app_delete ON "SharedCase" FOR DELETE TO golden_thread_app USING (gt_may_see_case(id));

-- Notes marked "own organisation only" are read by the author's organisation alone.
ALTER TABLE "CaseNote" ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_read ON "CaseNote" FOR SELECT TO golden_thread_app
  USING (gt_may_see_case("caseId") AND (visibility = 'ALL_INVOLVED' OR "authorOrganisationId" = gt_actor_organisation() OR gt_context() = 'system'));
CREATE POLICY app_insert ON "CaseNote" FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context());
CREATE POLICY app_update ON "CaseNote" FOR UPDATE TO golden_thread_app USING (gt_may_see_case("caseId")) WITH CHECK (gt_has_context());
CREATE POLICY app_delete ON "CaseNote" FOR DELETE TO golden_thread_app USING (gt_may_see_case("caseId"));

ALTER TABLE "ReferralTheme" ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_read ON "ReferralTheme" FOR SELECT TO golden_thread_app USING (gt_may_see_referral("referralId"));
CREATE POLICY app_insert ON "ReferralTheme" FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context());
CREATE POLICY app_update ON "ReferralTheme" FOR UPDATE TO golden_thread_app USING (gt_may_see_referral("referralId")) WITH CHECK (gt_has_context());
CREATE POLICY app_delete ON "ReferralTheme" FOR DELETE TO golden_thread_app USING (gt_may_see_referral("referralId"));

ALTER TABLE "Person" ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_read ON "Person" FOR SELECT TO golden_thread_app USING (gt_may_see_person(id, "createdById"));
CREATE POLICY app_insert ON "Person" FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context());
CREATE POLICY app_update ON "Person" FOR UPDATE TO golden_thread_app USING (gt_may_see_person(id, "createdById")) WITH CHECK (gt_has_context());
CREATE POLICY app_delete ON "Person" FOR DELETE TO golden_thread_app USING (gt_may_see_person(id, "createdById"));

ALTER TABLE "Household" ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_read ON "Household" FOR SELECT TO golden_thread_app USING (gt_may_see_household(id));
CREATE POLICY app_insert ON "Household" FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context());
CREATE POLICY app_update ON "Household" FOR UPDATE TO golden_thread_app USING (gt_may_see_household(id)) WITH CHECK (gt_has_context());
CREATE POLICY app_delete ON "Household" FOR DELETE TO golden_thread_app USING (gt_may_see_household(id));

-- Spend from pooled budgets: amounts on their own are not case content; a spend linked to a
-- case is read only by those who may see the case (admins and leads read aggregates).
ALTER TABLE "BudgetSpend" ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_read ON "BudgetSpend" FOR SELECT TO golden_thread_app USING (gt_has_context() AND ("caseId" IS NULL OR gt_may_see_case("caseId")));
CREATE POLICY app_insert ON "BudgetSpend" FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context());
CREATE POLICY app_update ON "BudgetSpend" FOR UPDATE TO golden_thread_app USING ("caseId" IS NULL OR gt_may_see_case("caseId")) WITH CHECK (gt_has_context());
CREATE POLICY app_delete ON "BudgetSpend" FOR DELETE TO golden_thread_app USING ("caseId" IS NULL OR gt_may_see_case("caseId"));

-- A user's own notifications (or their organisation's inbox), about cases still shared.
ALTER TABLE "Notification" ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_read ON "Notification" FOR SELECT TO golden_thread_app
  USING (
    gt_context() = 'system'
    OR (gt_context() = 'actor' AND ("userId" = gt_actor_user() OR "organisationId" = gt_actor_organisation()) AND ("caseId" IS NULL OR gt_may_see_case("caseId"))));
CREATE POLICY app_insert ON "Notification" FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context());
CREATE POLICY app_update ON "Notification" FOR UPDATE TO golden_thread_app
  USING (gt_context() = 'system' OR "userId" = gt_actor_user() OR "organisationId" = gt_actor_organisation()) WITH CHECK (gt_has_context());
CREATE POLICY app_delete ON "Notification" FOR DELETE TO golden_thread_app USING (gt_context() = 'system');

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

-- The role that runs migrations may take the app role (SET ROLE needs membership unless it is
-- a superuser), so `npm run dev` and the tests work with one connection string. In production
-- the app connects as its own login role, a member of golden_thread_app (README).
DO $$
BEGIN
  EXECUTE format('GRANT golden_thread_app TO %I', current_user);
EXCEPTION
  WHEN insufficient_privilege THEN
    RAISE NOTICE 'Could not make % a member of golden_thread_app: grant it, or give the app its own login role', current_user;
END
$$;
