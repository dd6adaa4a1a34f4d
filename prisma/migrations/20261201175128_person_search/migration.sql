-- Person search that scales and forgives (lib/people/find-people.ts): names matched by
-- trigram similarity (pg_trgm) and by one-letter variants, within the people the actor's
-- organisation may see, in one indexed query.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- "searchName" now folds "Mc" into "Mac" and reads hyphens as spaces (searchNameOf in
-- lib/domain/person-matching.ts). Names in plain ASCII are recomputed exactly; the others (accents,
-- which the application strips) keep their letters and only fold "Mc".
UPDATE "Person" SET "searchName" = trim(regexp_replace(regexp_replace(regexp_replace(
    lower(regexp_replace("givenName" || ' ' || "familyName", '[-‐‑–—]', ' ', 'g')),
    '[^a-z\s]', '', 'g'), '\s+', ' ', 'g'), '(^| )mc([a-z])', '\1mac\2', 'g'))
  WHERE "givenName" || "familyName" ~ '^[ -~‐‑–—]*$';
UPDATE "Person" SET "searchName" = regexp_replace("searchName", '(^| )mc([a-z])', '\1mac\2', 'g')
  WHERE "searchName" ~ '(^| )mc[a-z]';

-- Each word of a normalised name, and for words of four letters or more each way of deleting one
-- letter: two words that share a variant are one substitution, insertion, deletion or swap of
-- neighbouring letters apart ("daives" and "davies" both give "daies"), which trigrams alone
-- miss in short names.
CREATE FUNCTION gt_name_variants(name text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT v ORDER BY v), '{}') FROM (
    SELECT w AS v FROM unnest(string_to_array(name, ' ')) w WHERE w <> ''
    UNION ALL
    SELECT overlay(w PLACING '' FROM i FOR 1)
    FROM unnest(string_to_array(name, ' ')) w, generate_series(1, length(w)) i
    WHERE length(w) >= 4
  ) variants
$$;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "nameVariants" TEXT[] DEFAULT ARRAY[]::TEXT[];

CREATE FUNCTION gt_person_name_variants() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."nameVariants" := gt_name_variants(NEW."searchName");
  RETURN NEW;
END
$$;
CREATE TRIGGER gt_person_name_variants BEFORE INSERT OR UPDATE OF "searchName", "nameVariants" ON "Person"
  FOR EACH ROW EXECUTE FUNCTION gt_person_name_variants();
UPDATE "Person" SET "nameVariants" = gt_name_variants("searchName");

-- DropIndex: the b-tree served only equality, which no search uses.
DROP INDEX "Person_searchName_idx";

-- CreateIndex
CREATE INDEX "Person_searchName_trgm_idx" ON "Person" USING GIN ("searchName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Person_nameVariants_idx" ON "Person" USING GIN ("nameVariants");

-- CreateIndex: people an organisation recorded, for search within the people it may see.
CREATE INDEX "Person_createdById_idx" ON "Person"("createdById");

-- The people whose name matches every word given (a variant in common, or a trigram word
-- similarity of at least pg_trgm.word_similarity_threshold), optionally born on a day and living
-- at a postcode, among those the calling actor's organisation may see (the rule of row security
-- on "Person": on a case it may see today, by "CaseAccess", or recorded by it), closest first.
-- SECURITY DEFINER because row security forbids index scans with pg_trgm's operators, which are
-- not leakproof (every search became a sequential scan); the organisation is never a parameter:
-- it is the actor's own, from the transaction's context (lib/db/access-context.ts).
CREATE FUNCTION gt_find_people(words text[], born date, at_postcode text, max_rows integer)
RETURNS TABLE (id uuid, closeness real)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  organisation uuid := CASE WHEN gt_context() = 'actor' THEN gt_actor_organisation() END;
  each_word text := '';
  w text;
BEGIN
  IF organisation IS NULL OR coalesce(cardinality(words), 0) = 0 THEN
    RETURN;
  END IF;
  -- One condition per word, with the word written in (quoted by format's %L): the planner sees
  -- each word's own rarity and can combine their indexes, instead of scanning every "Oliver".
  FOREACH w IN ARRAY words[1:5] LOOP
    each_word := each_word || format(
      ' AND (p."nameVariants" && gt_name_variants(%1$L) OR %1$L <%% p."searchName")', w);
  END LOOP;
  RETURN QUERY EXECUTE format($q$
    SELECT p.id, (
        CASE WHEN string_to_array(p."searchName", ' ') @> $1 THEN 1 ELSE 0 END
        + word_similarity($2, p."searchName") + similarity($2, p."searchName"))::real
    FROM "Person" p
    WHERE true %s
      AND ($3::date IS NULL OR p."dateOfBirth" = $3)
      AND ($4::text IS NULL OR p.postcode = $4)
      -- Visibility probed for each person the names matched, by the index on "CaseAccess"
      -- (organisationId, personId): the cost follows how rare the name is, not how many people
      -- the organisation may see (OFFSET 0 stops the planner hashing all of those instead).
      AND (EXISTS (
          SELECT 1 FROM "CaseAccess" x
          WHERE x."organisationId" = $5 AND x."personId" = p.id
            AND (x."validFrom" IS NULL OR x."validFrom" <= gt_today())
            AND (x."validTo" IS NULL OR x."validTo" >= gt_today())
          OFFSET 0)
        OR EXISTS (SELECT 1 FROM "User" u WHERE u.id = p."createdById" AND u."organisationId" = $5 OFFSET 0))
    ORDER BY 2 DESC, p."familyName", p."givenName", p.id
    LIMIT $6
  $q$, each_word) USING words, array_to_string(words, ' '), born, at_postcode, organisation, max_rows;
END
$$;
REVOKE ALL ON FUNCTION gt_find_people(text[], date, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION gt_find_people(text[], date, text, integer) TO golden_thread_app;
