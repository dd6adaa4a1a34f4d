-- CreateEnum
CREATE TYPE "PersonLinkRequestStatus" AS ENUM ('OPEN', 'ACCEPTED', 'DECLINED');

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "mergedAt" TIMESTAMPTZ(3),
ADD COLUMN     "mergedById" UUID,
ADD COLUMN     "mergedIntoId" UUID;

-- CreateTable
CREATE TABLE "PersonMerge" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "survivorId" UUID NOT NULL,
    "loserId" UUID NOT NULL,
    "mergedById" UUID NOT NULL,
    "mergedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "movedCaseIds" UUID[],
    "movedLinkRequestIds" UUID[],
    "survivorBefore" JSONB NOT NULL,
    "fieldsFromLoser" TEXT[],
    "loserHouseholdId" UUID,
    "loserRelationship" "HouseholdRelationship",
    "unmergedAt" TIMESTAMPTZ(3),
    "unmergedById" UUID,

    CONSTRAINT "PersonMerge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonLinkRequest" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "personId" UUID NOT NULL,
    "requestedById" UUID NOT NULL,
    "requesterOrganisationId" UUID NOT NULL,
    "holderOrganisationId" UUID NOT NULL,
    "typedDetails" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "PersonLinkRequestStatus" NOT NULL DEFAULT 'OPEN',
    "answeredById" UUID,
    "answerReason" TEXT,
    "answeredAt" TIMESTAMPTZ(3),
    "clientRequestId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonLinkRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PersonMerge_survivorId_idx" ON "PersonMerge"("survivorId");

-- CreateIndex
CREATE INDEX "PersonMerge_loserId_idx" ON "PersonMerge"("loserId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonLinkRequest_clientRequestId_key" ON "PersonLinkRequest"("clientRequestId");

-- CreateIndex
CREATE INDEX "PersonLinkRequest_holderOrganisationId_status_idx" ON "PersonLinkRequest"("holderOrganisationId", "status");

-- CreateIndex
CREATE INDEX "PersonLinkRequest_requestedById_idx" ON "PersonLinkRequest"("requestedById");

-- CreateIndex
CREATE INDEX "PersonLinkRequest_personId_idx" ON "PersonLinkRequest"("personId");

-- CreateIndex
CREATE INDEX "Person_mergedIntoId_idx" ON "Person"("mergedIntoId");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonMerge" ADD CONSTRAINT "PersonMerge_survivorId_fkey" FOREIGN KEY ("survivorId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonMerge" ADD CONSTRAINT "PersonMerge_loserId_fkey" FOREIGN KEY ("loserId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonLinkRequest" ADD CONSTRAINT "PersonLinkRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────── Merged records (tombstones), merges, link requests: row security ─────────────
-- A merge's record and a link request are read with their person (row security on "Person"
-- applies within); a link request also by the organisation that sent it, which may not see the
-- person (it is shown only its own request's status and answer).
ALTER TABLE "PersonMerge" ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_read ON "PersonMerge" FOR SELECT TO golden_thread_app USING (
  gt_context() = 'system'
  OR EXISTS (SELECT 1 FROM "Person" gt_p WHERE gt_p.id = "PersonMerge"."survivorId"));
CREATE POLICY app_insert ON "PersonMerge" FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context());
CREATE POLICY app_update ON "PersonMerge" FOR UPDATE TO golden_thread_app USING (gt_has_context()) WITH CHECK (gt_has_context());
REVOKE DELETE, TRUNCATE ON "PersonMerge" FROM golden_thread_app;

ALTER TABLE "PersonLinkRequest" ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_read ON "PersonLinkRequest" FOR SELECT TO golden_thread_app USING (
  gt_context() = 'system'
  OR (gt_context() = 'actor' AND (
    "requesterOrganisationId" = gt_actor_organisation()
    OR ("holderOrganisationId" = gt_actor_organisation() AND EXISTS (SELECT 1 FROM "Person" gt_p WHERE gt_p.id = "PersonLinkRequest"."personId")))));
CREATE POLICY app_insert ON "PersonLinkRequest" FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context());
CREATE POLICY app_update ON "PersonLinkRequest" FOR UPDATE TO golden_thread_app USING (gt_has_context()) WITH CHECK (gt_has_context());
REVOKE DELETE, TRUNCATE ON "PersonLinkRequest" FROM golden_thread_app;

-- One open request per requester per person.
CREATE UNIQUE INDEX "PersonLinkRequest_one_open_per_requester" ON "PersonLinkRequest" ("requestedById", "personId") WHERE status = 'OPEN';

-- People who may be the one a worker is about to record, among those the worker's organisation
-- may NOT see (the negation of gt_find_people's rule): the same NHS number (by its lookup hash), or
-- every name word matching (a one-letter variant or trigram word similarity) with the same date
-- of birth. Tombstones are never matched. Returns each match with the organisation holding it (the
-- lead of its latest case, else the organisation that recorded it), for the application to say
-- only "held by <organisation>" (lib/people/duplicates-elsewhere.ts) and to address a link
-- request; the person's id never leaves the server. SECURITY DEFINER for the same reasons as
-- gt_find_people; the organisation comes from the transaction's context, never a parameter.
CREATE FUNCTION gt_people_held_elsewhere(words text[], born date, nhs_hash text)
RETURNS TABLE (person_id uuid, holder_organisation_id uuid)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  organisation uuid := CASE WHEN gt_context() = 'actor' THEN gt_actor_organisation() END;
  each_word text := '';
  w text;
BEGIN
  IF organisation IS NULL THEN
    RETURN;
  END IF;
  IF coalesce(cardinality(words), 0) > 0 AND born IS NOT NULL THEN
    FOREACH w IN ARRAY words[1:5] LOOP
      each_word := each_word || format(
        ' AND (p."nameVariants" && gt_name_variants(%1$L) OR %1$L <%% p."searchName")', w);
    END LOOP;
  ELSE
    each_word := ' AND false';
  END IF;
  RETURN QUERY EXECUTE format($q$
    WITH matched AS (
      SELECT p.id, p."createdById" FROM "Person" p
      WHERE p."mergedIntoId" IS NULL AND p."dateOfBirth" = $1 %s
      UNION
      SELECT p.id, p."createdById" FROM "Person" p
      WHERE p."mergedIntoId" IS NULL AND $2::text IS NOT NULL AND p."nhsNumberHash" = $2
    )
    SELECT m.id, coalesce(
        (SELECT c."leadOrganisationId" FROM "SharedCase" c WHERE c."personId" = m.id ORDER BY c."openedAt" DESC LIMIT 1),
        (SELECT u."organisationId" FROM "User" u WHERE u.id = m."createdById"))
    FROM matched m
    WHERE NOT EXISTS (
        SELECT 1 FROM "CaseAccess" x
        WHERE x."organisationId" = $3 AND x."personId" = m.id
          AND (x."validFrom" IS NULL OR x."validFrom" <= gt_today())
          AND (x."validTo" IS NULL OR x."validTo" >= gt_today()))
      AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = m."createdById" AND u."organisationId" = $3)
    LIMIT 20
  $q$, each_word) USING born, nhs_hash, organisation;
END
$$;
REVOKE ALL ON FUNCTION gt_people_held_elsewhere(text[], date, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION gt_people_held_elsewhere(text[], date, text) TO golden_thread_app;
