-- Dashboard summaries kept up to date by triggers, in the same transaction as every change to
-- SharedCase, CaseTheme, Referral, Outcome, CaseInvolvement and CaseAction: server actions, the
-- demo seed and bulk loaders all keep them consistent without knowing they exist. Then the
-- summaries are filled from the rows already there. Design: lib/dashboards/README.md.
--
-- How: each statement's changed rows (transition tables) become "deltas", +1 for what a row now
-- contributes and -1 for what it contributed before; deltas are summed per summary cell and
-- added with one ordered upsert (ordered so concurrent transactions lock cells in one order).
-- A case contributes to the all-cases key and to the key of each of its themes, so a change to
-- a case's themes takes the whole case out with its old themes and puts it back with its new.
-- Limits: ids never change; one statement should not change a case's themes and its referrals,
-- outcomes, involvements or actions at once (a data-modifying CTE): the two triggers would
-- each see the other's rows. Prisma writes one table per statement.

-- Every change updates summary rows in place. Room left on each page lets PostgreSQL make those
-- HOT updates (no index changes) and prune old row versions as it goes, so the summaries stay
-- compact between vacuums.
ALTER TABLE "DashboardMonth" SET (fillfactor = 70);
ALTER TABLE "DashboardOpenActionMonth" SET (fillfactor = 70);
ALTER TABLE "DashboardOpenActionDay" SET (fillfactor = 70);

-- ───────────── Small pure helpers ─────────────

CREATE FUNCTION dash_all_cases_key() RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$ SELECT '00000000-0000-0000-0000-000000000000'::uuid $$;

-- Calendar months in UK time, stored as their first day.
CREATE FUNCTION dash_month(at timestamptz) RETURNS date
LANGUAGE sql STABLE AS $$ SELECT date_trunc('month', at AT TIME ZONE 'Europe/London')::date $$;

CREATE FUNCTION dash_month_of_day(day date) RETURNS date
LANGUAGE sql IMMUTABLE AS $$ SELECT date_trunc('month', day)::date $$;

-- A case counts as closed when its status is CLOSED, at closedAt.
CREATE FUNCTION dash_closed_at(status "CaseStatus", closed_at timestamptz, opened_at timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN status = 'CLOSED' THEN coalesce(closed_at, opened_at) END $$;

-- Duration buckets, 1-based; the same table is lib/domain/duration-buckets.ts (a test checks
-- they agree): hourly to 1 day, 3-hourly to 3 days, 12-hourly to 7 days, daily to 28 days,
-- weekly to 13 weeks, then 13–26 weeks, 26–52 weeks and more.
CREATE FUNCTION dash_duration_bucket(from_at timestamptz, to_at timestamptz) RETURNS int
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN h < 24 THEN 1 + floor(greatest(h, 0))::int
    WHEN h < 72 THEN 25 + floor((h - 24) / 3)::int
    WHEN h < 168 THEN 41 + floor((h - 72) / 12)::int
    WHEN h < 672 THEN 49 + floor((h - 168) / 24)::int
    WHEN h < 2184 THEN 70 + floor((h - 672) / 168)::int
    WHEN h < 4368 THEN 79
    WHEN h < 8736 THEN 80
    ELSE 81
  END
  FROM (SELECT extract(epoch FROM to_at - from_at) / 3600.0 AS h) AS x
$$;

-- 1 = no reason recorded, then the DeclineReason values in enum order.
CREATE FUNCTION dash_decline_position(reason "DeclineReason") RETURNS int
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN reason IS NULL THEN 1 ELSE 1 + array_position(enum_range(NULL::"DeclineReason"), reason) END
$$;

-- Pair of theme positions i < j → triangular index (1,2)→1, (1,3)→2, (2,3)→3, (1,4)→4 …
CREATE FUNCTION dash_pair_position(i int, j int) RETURNS int
LANGUAGE sql IMMUTABLE AS $$ SELECT (j - 1) * (j - 2) / 2 + i $$;

-- Element-wise sum of two count arrays of any lengths. PL/pgSQL because it is called for every
-- summary row an upsert touches, and a loop here is several times faster than a set-based SQL
-- function (which cannot be inlined).
CREATE FUNCTION dash_array_add(a int[], b int[]) RETURNS int[]
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  la int := coalesce(array_length(a, 1), 0);
  lb int := coalesce(array_length(b, 1), 0);
  r int[];
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

-- Element-wise sum, for reading: SELECT dash_array_sum("responseTimes") …
CREATE AGGREGATE dash_array_sum(int[]) (SFUNC = dash_array_add, STYPE = int[], INITCOND = '{}');

-- A dense array from (position, amount) pairs, amounts at the same position summed.
CREATE FUNCTION dash_dense(positions int[], amounts int[]) RETURNS int[]
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  top int := 0;
  r int[];
BEGIN
  FOR i IN 1..coalesce(cardinality(positions), 0) LOOP top := greatest(top, positions[i]); END LOOP;
  IF top = 0 THEN RETURN '{}'; END IF;
  r := array_fill(0, ARRAY[top]);
  FOR i IN 1..cardinality(positions) LOOP r[positions[i]] := r[positions[i]] + amounts[i]; END LOOP;
  RETURN r;
END
$$;

-- ───────────── Category positions ─────────────

CREATE FUNCTION dash_assign_positions(category "DashboardCategoryKind", ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- Serialises the rare creation of themes and outcome types, so positions stay unique.
  PERFORM pg_advisory_xact_lock(hashtext('dashboard-category-positions'));
  INSERT INTO "DashboardCategory" ("kind", "refId", "position")
  SELECT category, n.id,
         coalesce((SELECT max("position") FROM "DashboardCategory" WHERE "kind" = category), 0)
           + row_number() OVER (ORDER BY n.id)
  FROM unnest(ids) AS n(id)
  WHERE NOT EXISTS (SELECT 1 FROM "DashboardCategory" d WHERE d."kind" = category AND d."refId" = n.id);
END
$$;

CREATE FUNCTION dash_on_category_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dash_assign_positions(TG_ARGV[0]::"DashboardCategoryKind", ARRAY(SELECT n.id FROM new_rows n));
  RETURN NULL;
END
$$;

CREATE TRIGGER "dash_theme_position" AFTER INSERT ON "Theme"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_category_insert('THEME');
CREATE TRIGGER "dash_outcome_type_position" AFTER INSERT ON "OutcomeType"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_category_insert('OUTCOME_TYPE');

-- ───────────── Deltas ─────────────
-- Every delta function takes the rows, the cases they belong to (as they were or are) and the
-- cases' theme sets as two parallel arrays (case id, theme id), and returns signed deltas.

CREATE FUNCTION dash_referral_deltas(refs "Referral"[], cases "SharedCase"[], set_case uuid[], set_theme uuid[], sign int)
RETURNS TABLE (nbh uuid, theme_key uuid, month date, field text, pos int, amount int)
LANGUAGE sql STABLE AS $$
  WITH c AS (SELECT id, "neighbourhoodId" FROM unnest(cases)),
  k AS (
    SELECT id AS case_id, dash_all_cases_key() AS theme_key FROM c
    UNION ALL SELECT s.case_id, s.theme_id FROM unnest(set_case, set_theme) AS s(case_id, theme_id)
  ),
  r AS (
    SELECT c."neighbourhoodId" AS nbh, k.theme_key, dash_month(r."sentAt") AS month,
           r.status, r."declineReason", r."sentAt", r."respondedAt"
    FROM unnest(refs) AS r JOIN c ON c.id = r."caseId" JOIN k ON k.case_id = r."caseId"
  )
  SELECT nbh, theme_key, month, 'referralsSent', 0, sign FROM r
  UNION ALL
  SELECT nbh, theme_key, month,
         CASE status WHEN 'PENDING' THEN 'referralsPending' WHEN 'ACCEPTED' THEN 'referralsAccepted'
                     WHEN 'DECLINED' THEN 'referralsDeclined' ELSE 'referralsWithdrawn' END,
         0, sign
  FROM r
  UNION ALL
  SELECT nbh, theme_key, month, 'declineReasons', dash_decline_position("declineReason"), sign
  FROM r WHERE status = 'DECLINED'
  UNION ALL
  SELECT nbh, theme_key, month, 'responseTimes', dash_duration_bucket("sentAt", "respondedAt"), sign
  FROM r WHERE status IN ('ACCEPTED', 'DECLINED') AND "respondedAt" IS NOT NULL
$$;

CREATE FUNCTION dash_outcome_deltas(outs "Outcome"[], cases "SharedCase"[], set_case uuid[], set_theme uuid[], sign int)
RETURNS TABLE (nbh uuid, theme_key uuid, month date, field text, pos int, amount int)
LANGUAGE sql STABLE AS $$
  WITH c AS (SELECT id, "neighbourhoodId" FROM unnest(cases)),
  k AS (
    SELECT id AS case_id, dash_all_cases_key() AS theme_key FROM c
    UNION ALL SELECT s.case_id, s.theme_id FROM unnest(set_case, set_theme) AS s(case_id, theme_id)
  ),
  o AS (
    SELECT c."neighbourhoodId" AS nbh, k.theme_key, dash_month_of_day(o."achievedOn") AS month, p."position"
    FROM unnest(outs) AS o
    JOIN c ON c.id = o."caseId" JOIN k ON k.case_id = o."caseId"
    JOIN "DashboardCategory" p ON p."kind" = 'OUTCOME_TYPE' AND p."refId" = o."outcomeTypeId"
  )
  SELECT nbh, theme_key, month, 'outcomes', 0, sign FROM o
  UNION ALL
  SELECT nbh, theme_key, month, 'outcomesByType', "position", sign FROM o
$$;

CREATE FUNCTION dash_involvement_deltas(invs "CaseInvolvement"[], cases "SharedCase"[], set_case uuid[], set_theme uuid[], sign int)
RETURNS TABLE (nbh uuid, theme_key uuid, month date, field text, pos int, amount int)
LANGUAGE sql STABLE AS $$
  WITH c AS (SELECT id, "neighbourhoodId", "openedAt" FROM unnest(cases)),
  k AS (
    SELECT id AS case_id, dash_all_cases_key() AS theme_key FROM c
    UNION ALL SELECT s.case_id, s.theme_id FROM unnest(set_case, set_theme) AS s(case_id, theme_id)
  )
  SELECT c."neighbourhoodId", k.theme_key, dash_month(c."openedAt"), 'involvements', 0, sign
  FROM unnest(invs) AS i JOIN c ON c.id = i."caseId" JOIN k ON k.case_id = i."caseId"
$$;

CREATE FUNCTION dash_action_deltas(acts "CaseAction"[], cases "SharedCase"[], set_case uuid[], set_theme uuid[], sign int)
RETURNS TABLE (nbh uuid, theme_key uuid, due_on date, amount int)
LANGUAGE sql STABLE AS $$
  WITH c AS (SELECT id, "neighbourhoodId" FROM unnest(cases)),
  k AS (
    SELECT id AS case_id, dash_all_cases_key() AS theme_key FROM c
    UNION ALL SELECT s.case_id, s.theme_id FROM unnest(set_case, set_theme) AS s(case_id, theme_id)
  )
  SELECT c."neighbourhoodId", k.theme_key, a."dueOn"::date, sign
  FROM unnest(acts) AS a JOIN c ON c.id = a."caseId" JOIN k ON k.case_id = a."caseId"
  WHERE a.status IN ('OPEN', 'IN_PROGRESS')
$$;

-- A case's own facts: opened, closed, first contact, its themes and pairs of themes.
CREATE FUNCTION dash_case_month_deltas(cases "SharedCase"[], set_case uuid[], set_theme uuid[], sign int)
RETURNS TABLE (nbh uuid, theme_key uuid, month date, field text, pos int, amount int)
LANGUAGE sql STABLE AS $$
  WITH c AS (
    SELECT id, "neighbourhoodId" AS nbh, dash_month("openedAt") AS opened_month, "openedAt", "firstContactAt",
           dash_month(dash_closed_at(status, "closedAt", "openedAt")) AS closed_month
    FROM unnest(cases)
  ),
  ts AS (
    SELECT s.case_id, p."position"
    FROM unnest(set_case, set_theme) AS s(case_id, theme_id)
    JOIN "DashboardCategory" p ON p."kind" = 'THEME' AND p."refId" = s.theme_id
  ),
  k AS (
    SELECT id AS case_id, dash_all_cases_key() AS theme_key FROM c
    UNION ALL SELECT s.case_id, s.theme_id FROM unnest(set_case, set_theme) AS s(case_id, theme_id)
  ),
  ck AS (SELECT c.*, k.theme_key FROM c JOIN k ON k.case_id = c.id)
  SELECT nbh, theme_key, opened_month, 'opened', 0, sign FROM ck
  UNION ALL
  SELECT nbh, theme_key, closed_month, 'closed', 0, sign FROM ck WHERE closed_month IS NOT NULL
  UNION ALL
  SELECT nbh, theme_key, opened_month, 'firstContacts', dash_duration_bucket("openedAt", "firstContactAt"), sign
  FROM ck WHERE "firstContactAt" IS NOT NULL
  UNION ALL
  SELECT ck.nbh, ck.theme_key, ck.opened_month, 'openedByTheme', ts."position", sign
  FROM ck JOIN ts ON ts.case_id = ck.id
  UNION ALL
  SELECT ck.nbh, ck.theme_key, ck.closed_month, 'closedByTheme', ts."position", sign
  FROM ck JOIN ts ON ts.case_id = ck.id WHERE ck.closed_month IS NOT NULL
  UNION ALL
  SELECT c.nbh, dash_all_cases_key(), c.opened_month, 'themePairs', dash_pair_position(a."position", b."position"), sign
  FROM c JOIN ts a ON a.case_id = c.id JOIN ts b ON b.case_id = c.id AND a."position" < b."position"
$$;

-- ───────────── Applying deltas ─────────────

-- Adds the deltas of the given cases' own facts (when with_case_facts) and of the given
-- referrals, outcomes and involvements to DashboardMonth: summed per cell and field, made into
-- dense arrays, and upserted in key order (so concurrent transactions lock rows in one order).
-- One statement straight from the delta functions: no intermediate arrays of deltas.
CREATE FUNCTION dash_apply_month(
  cases "SharedCase"[], set_case uuid[], set_theme uuid[], sign int, with_case_facts boolean,
  refs "Referral"[], outs "Outcome"[], invs "CaseInvolvement"[])
RETURNS void
-- PL/pgSQL so the statement's plan is kept between calls (a SQL function is planned on every
-- call, which costs more than the work for a single case).
LANGUAGE plpgsql
-- The planner cannot see how many rows the arrays hold; a nested loop between two large ones
-- would take minutes for a bulk load, and hash joins cost nothing for one case.
SET enable_nestloop = off
SET work_mem = '64MB'
AS $$
BEGIN
  WITH d AS (
    SELECT * FROM dash_case_month_deltas(cases, set_case, set_theme, sign) WHERE with_case_facts
    UNION ALL SELECT * FROM dash_referral_deltas(refs, cases, set_case, set_theme, sign)
    UNION ALL SELECT * FROM dash_outcome_deltas(outs, cases, set_case, set_theme, sign)
    UNION ALL SELECT * FROM dash_involvement_deltas(invs, cases, set_case, set_theme, sign)
  ),
  cells AS (
    SELECT d.nbh, d.theme_key, d.month, d.field, d.pos, sum(d.amount)::int AS amount
    FROM d
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(d.amount) <> 0
  ),
  per_field AS (
    SELECT nbh, theme_key, month, field,
           sum(amount) FILTER (WHERE pos = 0)::int AS total,
           CASE WHEN max(pos) > 0 THEN dash_dense(array_agg(pos) FILTER (WHERE pos > 0), array_agg(amount) FILTER (WHERE pos > 0)) END AS counts
    FROM cells GROUP BY 1, 2, 3, 4
  ),
  per_cell AS (
    SELECT nbh, theme_key, month,
      coalesce(max(total) FILTER (WHERE field = 'opened'), 0) AS opened,
      coalesce(max(total) FILTER (WHERE field = 'closed'), 0) AS closed,
      coalesce(max(total) FILTER (WHERE field = 'involvements'), 0) AS involvements,
      coalesce(max(counts) FILTER (WHERE field = 'firstContacts'), '{}') AS first_contacts,
      coalesce(max(counts) FILTER (WHERE field = 'openedByTheme'), '{}') AS opened_by_theme,
      coalesce(max(counts) FILTER (WHERE field = 'closedByTheme'), '{}') AS closed_by_theme,
      coalesce(max(counts) FILTER (WHERE field = 'themePairs'), '{}') AS theme_pairs,
      coalesce(max(total) FILTER (WHERE field = 'referralsSent'), 0) AS sent,
      coalesce(max(total) FILTER (WHERE field = 'referralsPending'), 0) AS pending,
      coalesce(max(total) FILTER (WHERE field = 'referralsAccepted'), 0) AS accepted,
      coalesce(max(total) FILTER (WHERE field = 'referralsDeclined'), 0) AS declined,
      coalesce(max(total) FILTER (WHERE field = 'referralsWithdrawn'), 0) AS withdrawn,
      coalesce(max(counts) FILTER (WHERE field = 'declineReasons'), '{}') AS decline_reasons,
      coalesce(max(counts) FILTER (WHERE field = 'responseTimes'), '{}') AS response_times,
      coalesce(max(total) FILTER (WHERE field = 'outcomes'), 0) AS outcomes,
      coalesce(max(counts) FILTER (WHERE field = 'outcomesByType'), '{}') AS outcomes_by_type
    FROM per_field GROUP BY 1, 2, 3
  )
  INSERT INTO "DashboardMonth" AS t (
    "neighbourhoodId", "themeKey", "month", "opened", "closed", "involvements", "firstContacts",
    "openedByTheme", "closedByTheme", "themePairs", "referralsSent", "referralsPending",
    "referralsAccepted", "referralsDeclined", "referralsWithdrawn", "declineReasons",
    "responseTimes", "outcomes", "outcomesByType")
  SELECT nbh, theme_key, month, opened, closed, involvements, first_contacts, opened_by_theme,
         closed_by_theme, theme_pairs, sent, pending, accepted, declined, withdrawn,
         decline_reasons, response_times, outcomes, outcomes_by_type
  FROM per_cell
  ORDER BY nbh, theme_key, month
  ON CONFLICT ("neighbourhoodId", "themeKey", "month") DO UPDATE SET
    "opened" = t."opened" + EXCLUDED."opened",
    "closed" = t."closed" + EXCLUDED."closed",
    "involvements" = t."involvements" + EXCLUDED."involvements",
    "firstContacts" = CASE WHEN cardinality(EXCLUDED."firstContacts") = 0 THEN t."firstContacts" ELSE dash_array_add(t."firstContacts", EXCLUDED."firstContacts") END,
    "openedByTheme" = CASE WHEN cardinality(EXCLUDED."openedByTheme") = 0 THEN t."openedByTheme" ELSE dash_array_add(t."openedByTheme", EXCLUDED."openedByTheme") END,
    "closedByTheme" = CASE WHEN cardinality(EXCLUDED."closedByTheme") = 0 THEN t."closedByTheme" ELSE dash_array_add(t."closedByTheme", EXCLUDED."closedByTheme") END,
    "themePairs" = CASE WHEN cardinality(EXCLUDED."themePairs") = 0 THEN t."themePairs" ELSE dash_array_add(t."themePairs", EXCLUDED."themePairs") END,
    "referralsSent" = t."referralsSent" + EXCLUDED."referralsSent",
    "referralsPending" = t."referralsPending" + EXCLUDED."referralsPending",
    "referralsAccepted" = t."referralsAccepted" + EXCLUDED."referralsAccepted",
    "referralsDeclined" = t."referralsDeclined" + EXCLUDED."referralsDeclined",
    "referralsWithdrawn" = t."referralsWithdrawn" + EXCLUDED."referralsWithdrawn",
    "declineReasons" = CASE WHEN cardinality(EXCLUDED."declineReasons") = 0 THEN t."declineReasons" ELSE dash_array_add(t."declineReasons", EXCLUDED."declineReasons") END,
    "responseTimes" = CASE WHEN cardinality(EXCLUDED."responseTimes") = 0 THEN t."responseTimes" ELSE dash_array_add(t."responseTimes", EXCLUDED."responseTimes") END,
    "outcomes" = t."outcomes" + EXCLUDED."outcomes",
    "outcomesByType" = CASE WHEN cardinality(EXCLUDED."outcomesByType") = 0 THEN t."outcomesByType" ELSE dash_array_add(t."outcomesByType", EXCLUDED."outcomesByType") END;
END
$$;

-- Adds the deltas of the given actions to the open-action tables, by day and by month due.
CREATE FUNCTION dash_apply_actions(acts "CaseAction"[], cases "SharedCase"[], set_case uuid[], set_theme uuid[], sign int)
RETURNS void
LANGUAGE plpgsql
SET enable_nestloop = off
AS $$
BEGIN
  WITH d AS (
    SELECT nbh, theme_key, due_on, sum(amount)::int AS amount
    FROM dash_action_deltas(acts, cases, set_case, set_theme, sign)
    GROUP BY 1, 2, 3 HAVING sum(amount) <> 0
  ),
  by_day AS (
    INSERT INTO "DashboardOpenActionDay" AS t ("neighbourhoodId", "themeKey", "dueOn", "openActions")
    SELECT nbh, theme_key, due_on, amount FROM d ORDER BY 1, 2, 3
    ON CONFLICT ("neighbourhoodId", "themeKey", "dueOn") DO UPDATE SET "openActions" = t."openActions" + EXCLUDED."openActions"
  )
  INSERT INTO "DashboardOpenActionMonth" AS t ("neighbourhoodId", "themeKey", "dueMonth", "openActions")
  SELECT nbh, theme_key, dash_month_of_day(due_on), sum(amount)::int FROM d GROUP BY 1, 2, 3 HAVING sum(amount) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("neighbourhoodId", "themeKey", "dueMonth") DO UPDATE SET "openActions" = t."openActions" + EXCLUDED."openActions";
END
$$;

-- ───────────── Whole cases and child rows ─────────────

-- The cases as they are now, and their theme sets, for the given case ids.
CREATE FUNCTION dash_cases_now(ids uuid[], OUT cases "SharedCase"[], OUT set_case uuid[], OUT set_theme uuid[])
LANGUAGE plpgsql STABLE AS $$
BEGIN
  cases := ARRAY(SELECT c FROM "SharedCase" c JOIN unnest(ids) AS i(id) ON c.id = i.id);
  SELECT coalesce(array_agg(ct."caseId"), '{}'), coalesce(array_agg(ct."themeId"), '{}') INTO set_case, set_theme
  FROM "CaseTheme" ct JOIN unnest(ids) AS i(id) ON ct."caseId" = i.id;
END
$$;

CREATE FUNCTION dash_apply_cases(cases "SharedCase"[], set_case uuid[], set_theme uuid[], sign int, with_children boolean)
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT with_children THEN
    PERFORM dash_apply_month(cases, set_case, set_theme, sign, true, '{}', '{}', '{}');
    RETURN;
  END IF;
  PERFORM dash_apply_month(cases, set_case, set_theme, sign, true,
    ARRAY(SELECT r FROM "Referral" r JOIN unnest(cases) AS c ON r."caseId" = c.id),
    ARRAY(SELECT o FROM "Outcome" o JOIN unnest(cases) AS c ON o."caseId" = c.id),
    ARRAY(SELECT i FROM "CaseInvolvement" i JOIN unnest(cases) AS c ON i."caseId" = c.id));
  PERFORM dash_apply_actions(
    ARRAY(SELECT a FROM "CaseAction" a JOIN unnest(cases) AS c ON a."caseId" = c.id),
    cases, set_case, set_theme, sign);
END
$$;

-- Referrals, outcomes, involvements or actions (kind = the table) added (+1) or taken out (-1).
CREATE FUNCTION dash_apply_children(kind text, ids uuid[], child_rows anyarray, sign int)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  now_ record;
BEGIN
  SELECT * INTO now_ FROM dash_cases_now(ids);
  IF kind = 'Referral' THEN
    PERFORM dash_apply_month(now_.cases, now_.set_case, now_.set_theme, sign, false, child_rows, '{}', '{}');
  ELSIF kind = 'Outcome' THEN
    PERFORM dash_apply_month(now_.cases, now_.set_case, now_.set_theme, sign, false, '{}', child_rows, '{}');
  ELSIF kind = 'CaseInvolvement' THEN
    PERFORM dash_apply_month(now_.cases, now_.set_case, now_.set_theme, sign, false, '{}', '{}', child_rows);
  ELSE
    PERFORM dash_apply_actions(child_rows, now_.cases, now_.set_case, now_.set_theme, sign);
  END IF;
END
$$;

-- ───────────── Triggers ─────────────

CREATE FUNCTION dash_on_case_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  now_ record;
BEGIN
  SELECT * INTO now_ FROM dash_cases_now(ARRAY(SELECT n.id FROM new_rows n));
  PERFORM dash_apply_cases(now_.cases, now_.set_case, now_.set_theme, 1, true);
  RETURN NULL;
END
$$;

-- A case that moved neighbourhood or opening date takes everything about it along; otherwise
-- only its own facts (closed, first contact) can have changed.
CREATE FUNCTION dash_on_case_update() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  themes record;
  moved_before "SharedCase"[];
  moved_after "SharedCase"[];
  changed_before "SharedCase"[];
  changed_after "SharedCase"[];
BEGIN
  moved_before := ARRAY(
    SELECT o FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE o."neighbourhoodId" <> n."neighbourhoodId" OR o."openedAt" <> n."openedAt");
  moved_after := ARRAY(
    SELECT n FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE o."neighbourhoodId" <> n."neighbourhoodId" OR o."openedAt" <> n."openedAt");
  changed_before := ARRAY(
    SELECT o FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE o."neighbourhoodId" = n."neighbourhoodId" AND o."openedAt" = n."openedAt"
      AND (dash_closed_at(o.status, o."closedAt", o."openedAt") IS DISTINCT FROM dash_closed_at(n.status, n."closedAt", n."openedAt")
           OR o."firstContactAt" IS DISTINCT FROM n."firstContactAt"));
  changed_after := ARRAY(
    SELECT n FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE o."neighbourhoodId" = n."neighbourhoodId" AND o."openedAt" = n."openedAt"
      AND (dash_closed_at(o.status, o."closedAt", o."openedAt") IS DISTINCT FROM dash_closed_at(n.status, n."closedAt", n."openedAt")
           OR o."firstContactAt" IS DISTINCT FROM n."firstContactAt"));
  IF cardinality(moved_after) + cardinality(changed_after) = 0 THEN
    RETURN NULL;
  END IF;
  SELECT * INTO themes FROM dash_cases_now(ARRAY(SELECT c.id FROM unnest(moved_after || changed_after) AS c));
  PERFORM dash_apply_cases(moved_before, themes.set_case, themes.set_theme, -1, true);
  PERFORM dash_apply_cases(moved_after, themes.set_case, themes.set_theme, 1, true);
  PERFORM dash_apply_cases(changed_before, themes.set_case, themes.set_theme, -1, false);
  PERFORM dash_apply_cases(changed_after, themes.set_case, themes.set_theme, 1, false);
  RETURN NULL;
END
$$;

-- Before the delete, while the case's themes and children are still there to be taken out;
-- the cascaded deletes of those children then find no case and change nothing.
CREATE FUNCTION dash_on_case_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  now_ record;
BEGIN
  SELECT * INTO now_ FROM dash_cases_now(ARRAY[OLD.id]);
  PERFORM dash_apply_cases(ARRAY[OLD]::"SharedCase"[], now_.set_case, now_.set_theme, -1, true);
  RETURN OLD;
END
$$;

CREATE FUNCTION dash_on_case_theme_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
  now_ record;
  before_case uuid[];
  before_theme uuid[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'Change a case''s themes by deleting and inserting CaseTheme rows (dashboard summaries)';
  END IF;
  IF TG_OP = 'INSERT' THEN
    ids := ARRAY(SELECT DISTINCT n."caseId" FROM new_rows n);
    SELECT * INTO now_ FROM dash_cases_now(ids);
    SELECT coalesce(array_agg(s.case_id), '{}'), coalesce(array_agg(s.theme_id), '{}') INTO before_case, before_theme
    FROM (
      SELECT * FROM unnest(now_.set_case, now_.set_theme) AS s(case_id, theme_id)
      EXCEPT ALL SELECT n."caseId", n."themeId" FROM new_rows n
    ) AS s;
  ELSE
    ids := ARRAY(SELECT DISTINCT o."caseId" FROM old_rows o);
    SELECT * INTO now_ FROM dash_cases_now(ids);
    SELECT coalesce(array_agg(s.case_id), '{}'), coalesce(array_agg(s.theme_id), '{}') INTO before_case, before_theme
    FROM (
      SELECT * FROM unnest(now_.set_case, now_.set_theme) AS s(case_id, theme_id)
      UNION SELECT o."caseId", o."themeId" FROM old_rows o
    ) AS s;
  END IF;
  PERFORM dash_apply_cases(now_.cases, before_case, before_theme, -1, true);
  PERFORM dash_apply_cases(now_.cases, now_.set_case, now_.set_theme, 1, true);
  RETURN NULL;
END
$$;

CREATE FUNCTION dash_on_child_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    CASE TG_TABLE_NAME
      WHEN 'Referral' THEN PERFORM dash_apply_children(TG_TABLE_NAME, ARRAY(SELECT DISTINCT o."caseId" FROM old_rows o), ARRAY(SELECT o::"Referral" FROM old_rows o), -1);
      WHEN 'Outcome' THEN PERFORM dash_apply_children(TG_TABLE_NAME, ARRAY(SELECT DISTINCT o."caseId" FROM old_rows o), ARRAY(SELECT o::"Outcome" FROM old_rows o), -1);
      WHEN 'CaseInvolvement' THEN PERFORM dash_apply_children(TG_TABLE_NAME, ARRAY(SELECT DISTINCT o."caseId" FROM old_rows o), ARRAY(SELECT o::"CaseInvolvement" FROM old_rows o), -1);
      ELSE PERFORM dash_apply_children(TG_TABLE_NAME, ARRAY(SELECT DISTINCT o."caseId" FROM old_rows o), ARRAY(SELECT o::"CaseAction" FROM old_rows o), -1);
    END CASE;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    CASE TG_TABLE_NAME
      WHEN 'Referral' THEN PERFORM dash_apply_children(TG_TABLE_NAME, ARRAY(SELECT DISTINCT n."caseId" FROM new_rows n), ARRAY(SELECT n::"Referral" FROM new_rows n), 1);
      WHEN 'Outcome' THEN PERFORM dash_apply_children(TG_TABLE_NAME, ARRAY(SELECT DISTINCT n."caseId" FROM new_rows n), ARRAY(SELECT n::"Outcome" FROM new_rows n), 1);
      WHEN 'CaseInvolvement' THEN PERFORM dash_apply_children(TG_TABLE_NAME, ARRAY(SELECT DISTINCT n."caseId" FROM new_rows n), ARRAY(SELECT n::"CaseInvolvement" FROM new_rows n), 1);
      ELSE PERFORM dash_apply_children(TG_TABLE_NAME, ARRAY(SELECT DISTINCT n."caseId" FROM new_rows n), ARRAY(SELECT n::"CaseAction" FROM new_rows n), 1);
    END CASE;
  END IF;
  RETURN NULL;
END
$$;

-- Rebuilds every summary from the rows, in batches of cases (the backfill below, after a
-- TRUNCATE, and for bulk loads that ran with the triggers disabled).
CREATE FUNCTION dash_rebuild_summaries() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  batch uuid[];
  now_ record;
BEGIN
  DELETE FROM "DashboardMonth";
  DELETE FROM "DashboardOpenActionMonth";
  DELETE FROM "DashboardOpenActionDay";
  PERFORM dash_assign_positions('THEME', ARRAY(SELECT id FROM "Theme"));
  PERFORM dash_assign_positions('OUTCOME_TYPE', ARRAY(SELECT id FROM "OutcomeType"));
  FOR batch IN
    SELECT array_agg(id) FROM (SELECT id, (row_number() OVER (ORDER BY id) - 1) / 20000 AS b FROM "SharedCase") AS x GROUP BY b
  LOOP
    SELECT * INTO now_ FROM dash_cases_now(batch);
    PERFORM dash_apply_cases(now_.cases, now_.set_case, now_.set_theme, 1, true);
  END LOOP;
END
$$;

CREATE FUNCTION dash_on_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dash_rebuild_summaries();
  RETURN NULL;
END
$$;

CREATE TRIGGER "dash_case_insert" AFTER INSERT ON "SharedCase"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_case_insert();
CREATE TRIGGER "dash_case_update" AFTER UPDATE ON "SharedCase"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_case_update();
CREATE TRIGGER "dash_case_delete" BEFORE DELETE ON "SharedCase"
  FOR EACH ROW EXECUTE FUNCTION dash_on_case_delete();

CREATE TRIGGER "dash_case_theme_insert" AFTER INSERT ON "CaseTheme"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_case_theme_change();
CREATE TRIGGER "dash_case_theme_update" AFTER UPDATE ON "CaseTheme"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_case_theme_change();
CREATE TRIGGER "dash_case_theme_delete" AFTER DELETE ON "CaseTheme"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_case_theme_change();

CREATE TRIGGER "dash_referral_insert" AFTER INSERT ON "Referral"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_child_change();
CREATE TRIGGER "dash_referral_update" AFTER UPDATE ON "Referral"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_child_change();
CREATE TRIGGER "dash_referral_delete" AFTER DELETE ON "Referral"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_child_change();

CREATE TRIGGER "dash_outcome_insert" AFTER INSERT ON "Outcome"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_child_change();
CREATE TRIGGER "dash_outcome_update" AFTER UPDATE ON "Outcome"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_child_change();
CREATE TRIGGER "dash_outcome_delete" AFTER DELETE ON "Outcome"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_child_change();

CREATE TRIGGER "dash_involvement_insert" AFTER INSERT ON "CaseInvolvement"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_child_change();
CREATE TRIGGER "dash_involvement_update" AFTER UPDATE ON "CaseInvolvement"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_child_change();
CREATE TRIGGER "dash_involvement_delete" AFTER DELETE ON "CaseInvolvement"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_child_change();

CREATE TRIGGER "dash_action_insert" AFTER INSERT ON "CaseAction"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_child_change();
CREATE TRIGGER "dash_action_update" AFTER UPDATE ON "CaseAction"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_child_change();
CREATE TRIGGER "dash_action_delete" AFTER DELETE ON "CaseAction"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_child_change();

CREATE TRIGGER "dash_case_truncate" AFTER TRUNCATE ON "SharedCase"
  FOR EACH STATEMENT EXECUTE FUNCTION dash_on_truncate();
CREATE TRIGGER "dash_case_theme_truncate" AFTER TRUNCATE ON "CaseTheme"
  FOR EACH STATEMENT EXECUTE FUNCTION dash_on_truncate();
CREATE TRIGGER "dash_referral_truncate" AFTER TRUNCATE ON "Referral"
  FOR EACH STATEMENT EXECUTE FUNCTION dash_on_truncate();
CREATE TRIGGER "dash_outcome_truncate" AFTER TRUNCATE ON "Outcome"
  FOR EACH STATEMENT EXECUTE FUNCTION dash_on_truncate();
CREATE TRIGGER "dash_involvement_truncate" AFTER TRUNCATE ON "CaseInvolvement"
  FOR EACH STATEMENT EXECUTE FUNCTION dash_on_truncate();
CREATE TRIGGER "dash_action_truncate" AFTER TRUNCATE ON "CaseAction"
  FOR EACH STATEMENT EXECUTE FUNCTION dash_on_truncate();

-- ───────────── Backfill from the rows already there ─────────────
SELECT dash_rebuild_summaries();
