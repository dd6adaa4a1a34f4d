-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'CONSENT_REVIEW_DUE';
ALTER TYPE "NotificationKind" ADD VALUE 'LAWFUL_BASIS_TO_CONFIRM';
ALTER TYPE "NotificationKind" ADD VALUE 'LAWFUL_BASIS_ANSWERED';

-- AlterTable
ALTER TABLE "ConsentRecord" ADD COLUMN     "lawfulBasisAwaitsConfirmation" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "lawfulBasisConfirmedAt" TIMESTAMPTZ(3),
ADD COLUMN     "lawfulBasisDeclineReason" TEXT,
ADD COLUMN     "lawfulBasisDeclinedAt" TIMESTAMPTZ(3),
ADD COLUMN     "reviewOn" DATE,
ADD COLUMN     "reviewReminderSentAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "SharedCase" ADD COLUMN     "partnerAccessLapsesOn" DATE,
ADD COLUMN     "partnerAccessSuspended" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "SharingAgreement" ADD COLUMN     "consentReviewMonths" INTEGER NOT NULL DEFAULT 12;

-- CreateIndex
CREATE INDEX "ConsentRecord_lawfulBasisApprovedById_lawfulBasisAwaitsConf_idx" ON "ConsentRecord"("lawfulBasisApprovedById", "lawfulBasisAwaitsConfirmation");

-- CreateIndex
CREATE INDEX "ConsentRecord_reviewOn_idx" ON "ConsentRecord"("reviewOn");

-- Partners' access to a case from its consent record in force (the newest), by the rule of
-- lib/access/consent-state.ts, kept on the case so that the list filter (visible-cases-where.ts)
-- can say it: suspended while consent is withdrawn or a lawful basis awaits confirmation or was
-- declined; otherwise consent given or a confirmed lawful basis lapses on its review day.
-- SECURITY DEFINER: the consent may be recorded or confirmed by a user whose transaction's row
-- security does not reach every case row it must update (an approver of another team).
CREATE FUNCTION gt_refresh_partner_access(case_ids uuid[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  WITH newest AS (
    SELECT DISTINCT ON (c."caseId") c."caseId", c.status, c."reviewOn",
      (c.status <> 'GIVEN' AND c."lawfulBasis" IS NOT NULL AND c."lawfulBasisApprovedById" IS NOT NULL) AS basis,
      (c."lawfulBasisAwaitsConfirmation" OR c."lawfulBasisDeclinedAt" IS NOT NULL) AS unconfirmed
    FROM "ConsentRecord" c
    WHERE case_ids IS NULL OR c."caseId" = ANY (case_ids)
    ORDER BY c."caseId", c."recordedAt" DESC, c.id DESC
  ), wanted AS (
    SELECT s.id,
      coalesce(CASE WHEN n.basis THEN n.unconfirmed ELSE n.status = 'WITHDRAWN' END, false) AS suspended,
      CASE WHEN n.basis AND NOT n.unconfirmed THEN n."reviewOn"
           WHEN NOT n.basis AND n.status = 'GIVEN' THEN n."reviewOn" END AS lapses_on
    FROM "SharedCase" s LEFT JOIN newest n ON n."caseId" = s.id
    WHERE case_ids IS NULL OR s.id = ANY (case_ids)
  )
  UPDATE "SharedCase" s
  SET "partnerAccessSuspended" = w.suspended, "partnerAccessLapsesOn" = w.lapses_on
  FROM wanted w
  WHERE s.id = w.id
    AND (s."partnerAccessSuspended" IS DISTINCT FROM w.suspended OR s."partnerAccessLapsesOn" IS DISTINCT FROM w.lapses_on);
$$;

CREATE FUNCTION gt_consent_partner_access() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM gt_refresh_partner_access(ARRAY[NEW."caseId"]);
  RETURN NULL;
END;
$$;

CREATE TRIGGER gt_consent_partner_access AFTER INSERT OR UPDATE ON "ConsentRecord"
  FOR EACH ROW EXECUTE FUNCTION gt_consent_partner_access();

