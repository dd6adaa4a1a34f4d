-- Restricted records, break-glass and requests for access (lib/access/restricted-records.ts,
-- lib/access/break-glass.ts, lib/cases/request-access.ts).
-- CreateEnum
CREATE TYPE "AccessRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'BREAK_GLASS_USED';
ALTER TYPE "NotificationKind" ADD VALUE 'ACCESS_REQUESTED';
ALTER TYPE "NotificationKind" ADD VALUE 'ACCESS_REQUEST_ANSWERED';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "accessRequestId" UUID;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "restrictedAt" TIMESTAMPTZ(3),
ADD COLUMN     "restrictedById" UUID,
ADD COLUMN     "restrictedReason" TEXT;

-- AlterTable
ALTER TABLE "SharedCase" ADD COLUMN     "restrictedAt" TIMESTAMPTZ(3),
ADD COLUMN     "restrictedById" UUID,
ADD COLUMN     "restrictedReason" TEXT;

-- CreateTable
CREATE TABLE "BreakGlassGrant" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "grantedAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BreakGlassGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessRequest" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "requesterId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "AccessRequestStatus" NOT NULL DEFAULT 'PENDING',
    "answeredById" UUID,
    "answerReason" TEXT,
    "answeredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BreakGlassGrant_caseId_expiresAt_idx" ON "BreakGlassGrant"("caseId", "expiresAt");

-- CreateIndex
CREATE INDEX "BreakGlassGrant_userId_expiresAt_idx" ON "BreakGlassGrant"("userId", "expiresAt");

-- CreateIndex
CREATE INDEX "AccessRequest_caseId_status_idx" ON "AccessRequest"("caseId", "status");

-- CreateIndex
CREATE INDEX "AccessRequest_requesterId_idx" ON "AccessRequest"("requesterId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_accessRequestId_fkey" FOREIGN KEY ("accessRequestId") REFERENCES "AccessRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BreakGlassGrant" ADD CONSTRAINT "BreakGlassGrant_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SharedCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BreakGlassGrant" ADD CONSTRAINT "BreakGlassGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessRequest" ADD CONSTRAINT "AccessRequest_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SharedCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessRequest" ADD CONSTRAINT "AccessRequest_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessRequest" ADD CONSTRAINT "AccessRequest_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A restriction always says why.
ALTER TABLE "SharedCase" ADD CONSTRAINT "SharedCase_restriction_has_reason" CHECK (("restrictedAt" IS NULL) = ("restrictedReason" IS NULL));
ALTER TABLE "Person" ADD CONSTRAINT "Person_restriction_has_reason" CHECK (("restrictedAt" IS NULL) = ("restrictedReason" IS NULL));
ALTER TABLE "BreakGlassGrant" ADD CONSTRAINT "BreakGlassGrant_expires_after_grant" CHECK ("expiresAt" > "grantedAt");

-- One open request per user per case: a second one is the same request.
CREATE UNIQUE INDEX "AccessRequest_one_open_per_user" ON "AccessRequest"("caseId", "requesterId") WHERE status = 'PENDING';

-- Row security as for the case's other rows (migration least_privilege_and_row_security).
DO $$
DECLARE
  t text;
  visible text;
BEGIN
  FOREACH t IN ARRAY ARRAY['BreakGlassGrant', 'AccessRequest'] LOOP
    visible := gt_case_access_sql(format('%I."caseId"', t));
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY app_read ON %I FOR SELECT TO golden_thread_app USING %s', t, visible);
    EXECUTE format('CREATE POLICY app_insert ON %I FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context())', t);
    EXECUTE format('CREATE POLICY app_update ON %I FOR UPDATE TO golden_thread_app USING %s WITH CHECK (gt_has_context())', t, visible);
    EXECUTE format('CREATE POLICY app_delete ON %I FOR DELETE TO golden_thread_app USING %s', t, visible);
  END LOOP;
END
$$;
