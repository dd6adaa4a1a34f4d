-- CreateEnum
CREATE TYPE "BarrierEventKind" AS ENUM ('RAISED', 'EDITED', 'CASE_LINKED', 'ACCEPTED', 'ACTION_ADDED', 'ACTION_UPDATED', 'COMMENTED', 'ESCALATED', 'RESOLVED', 'CLOSED_UNRESOLVED');

-- Barrier categories: premises (a place to meet, a building nobody may use) before "other".
ALTER TYPE "BarrierCategory" ADD VALUE 'PREMISES' BEFORE 'OTHER';

-- The life cycle raised → accepted → in action → resolved / closed as cannot be resolved.
-- Renamed in place, so barriers already recorded keep their state.
ALTER TYPE "BarrierStatus" RENAME VALUE 'OPEN' TO 'RAISED';
ALTER TYPE "BarrierStatus" RENAME VALUE 'IN_PROGRESS' TO 'IN_ACTION';
ALTER TYPE "BarrierStatus" ADD VALUE 'ACCEPTED' AFTER 'RAISED';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'BARRIER_RAISED';
ALTER TYPE "NotificationKind" ADD VALUE 'BARRIER_EDITED';
ALTER TYPE "NotificationKind" ADD VALUE 'BARRIER_CASE_LINKED';
ALTER TYPE "NotificationKind" ADD VALUE 'BARRIER_ACCEPTED';
ALTER TYPE "NotificationKind" ADD VALUE 'BARRIER_ACTION_ADDED';
ALTER TYPE "NotificationKind" ADD VALUE 'BARRIER_ACTION_UPDATED';
ALTER TYPE "NotificationKind" ADD VALUE 'BARRIER_COMMENTED';
ALTER TYPE "NotificationKind" ADD VALUE 'BARRIER_ESCALATED';
ALTER TYPE "NotificationKind" ADD VALUE 'BARRIER_RESOLVED';
ALTER TYPE "NotificationKind" ADD VALUE 'BARRIER_CLOSED_UNRESOLVED';

-- DropForeignKey
ALTER TABLE "Barrier" DROP CONSTRAINT "Barrier_localityId_fkey";

-- AlterTable: barriers already recorded keep their dates; a review date four weeks after they
-- were raised; their locality from their neighbourhood.
ALTER TABLE "Barrier" RENAME COLUMN "resolvedAt" TO "closedAt";
ALTER TABLE "Barrier"
ADD COLUMN     "acceptedAt" TIMESTAMPTZ(3),
ADD COLUMN     "clientRequestId" UUID,
ADD COLUMN     "effect" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "number" SERIAL NOT NULL,
ADD COLUMN     "reviewBy" DATE,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "status" SET DEFAULT 'RAISED';
ALTER TABLE "Barrier" ALTER COLUMN "effect" DROP DEFAULT;
UPDATE "Barrier" SET "reviewBy" = (("raisedAt" AT TIME ZONE 'Europe/London') + INTERVAL '28 days')::date;
ALTER TABLE "Barrier" ALTER COLUMN "reviewBy" SET NOT NULL;
UPDATE "Barrier" b SET "localityId" = n."localityId" FROM "Neighbourhood" n WHERE b."localityId" IS NULL AND b."neighbourhoodId" = n.id;
ALTER TABLE "Barrier" ALTER COLUMN "localityId" SET NOT NULL;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "barrierId" UUID;

-- CreateTable
CREATE TABLE "BarrierOrganisation" (
    "barrierId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,

    CONSTRAINT "BarrierOrganisation_pkey" PRIMARY KEY ("barrierId","organisationId")
);

-- CreateTable
CREATE TABLE "BarrierCaseLink" (
    "barrierId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "linkedById" UUID NOT NULL,
    "linkedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BarrierCaseLink_pkey" PRIMARY KEY ("barrierId","caseId")
);

-- CreateTable
CREATE TABLE "BarrierAction" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "barrierId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "ownerOrganisationId" UUID NOT NULL,
    "ownerUserId" UUID,
    "dueOn" DATE NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'OPEN',
    "completedAt" TIMESTAMPTZ(3),
    "createdById" UUID NOT NULL,
    "clientRequestId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BarrierAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BarrierComment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "barrierId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "authorOrganisationId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "clientRequestId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BarrierComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BarrierEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "barrierId" UUID NOT NULL,
    "kind" "BarrierEventKind" NOT NULL,
    "actorId" UUID NOT NULL,
    "actorOrganisationId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fromStatus" "BarrierStatus",
    "toStatus" "BarrierStatus",
    "fromLevel" "EscalationLevel",
    "toLevel" "EscalationLevel",
    "note" TEXT,
    "details" JSONB,

    CONSTRAINT "BarrierEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BarrierOrganisation_organisationId_idx" ON "BarrierOrganisation"("organisationId");

-- CreateIndex
CREATE INDEX "BarrierCaseLink_caseId_idx" ON "BarrierCaseLink"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "BarrierAction_clientRequestId_key" ON "BarrierAction"("clientRequestId");

-- CreateIndex
CREATE INDEX "BarrierAction_barrierId_dueOn_idx" ON "BarrierAction"("barrierId", "dueOn");

-- CreateIndex
CREATE INDEX "BarrierAction_ownerUserId_status_idx" ON "BarrierAction"("ownerUserId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "BarrierComment_clientRequestId_key" ON "BarrierComment"("clientRequestId");

-- CreateIndex
CREATE INDEX "BarrierComment_barrierId_createdAt_idx" ON "BarrierComment"("barrierId", "createdAt");

-- CreateIndex
CREATE INDEX "BarrierEvent_barrierId_at_idx" ON "BarrierEvent"("barrierId", "at");

-- CreateIndex
CREATE INDEX "BarrierEvent_kind_at_idx" ON "BarrierEvent"("kind", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Barrier_number_key" ON "Barrier"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Barrier_clientRequestId_key" ON "Barrier"("clientRequestId");

-- CreateIndex
CREATE INDEX "Barrier_raisedById_idx" ON "Barrier"("raisedById");

-- CreateIndex
CREATE INDEX "Barrier_ownerId_status_idx" ON "Barrier"("ownerId", "status");

-- CreateIndex
CREATE INDEX "Barrier_raisedAt_idx" ON "Barrier"("raisedAt");

-- CreateIndex
CREATE INDEX "Notification_barrierId_idx" ON "Notification"("barrierId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_barrierId_fkey" FOREIGN KEY ("barrierId") REFERENCES "Barrier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Barrier" ADD CONSTRAINT "Barrier_localityId_fkey" FOREIGN KEY ("localityId") REFERENCES "Locality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BarrierOrganisation" ADD CONSTRAINT "BarrierOrganisation_barrierId_fkey" FOREIGN KEY ("barrierId") REFERENCES "Barrier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BarrierOrganisation" ADD CONSTRAINT "BarrierOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BarrierCaseLink" ADD CONSTRAINT "BarrierCaseLink_barrierId_fkey" FOREIGN KEY ("barrierId") REFERENCES "Barrier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BarrierCaseLink" ADD CONSTRAINT "BarrierCaseLink_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SharedCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BarrierCaseLink" ADD CONSTRAINT "BarrierCaseLink_linkedById_fkey" FOREIGN KEY ("linkedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BarrierAction" ADD CONSTRAINT "BarrierAction_barrierId_fkey" FOREIGN KEY ("barrierId") REFERENCES "Barrier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BarrierAction" ADD CONSTRAINT "BarrierAction_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BarrierAction" ADD CONSTRAINT "BarrierAction_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BarrierAction" ADD CONSTRAINT "BarrierAction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BarrierComment" ADD CONSTRAINT "BarrierComment_barrierId_fkey" FOREIGN KEY ("barrierId") REFERENCES "Barrier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BarrierComment" ADD CONSTRAINT "BarrierComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BarrierComment" ADD CONSTRAINT "BarrierComment_authorOrganisationId_fkey" FOREIGN KEY ("authorOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BarrierEvent" ADD CONSTRAINT "BarrierEvent_barrierId_fkey" FOREIGN KEY ("barrierId") REFERENCES "Barrier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BarrierEvent" ADD CONSTRAINT "BarrierEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BarrierEvent" ADD CONSTRAINT "BarrierEvent_actorOrganisationId_fkey" FOREIGN KEY ("actorOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- History for barriers recorded before it was kept: the raising.
INSERT INTO "BarrierEvent" ("barrierId", "kind", "actorId", "actorOrganisationId", "at", "toStatus", "toLevel")
SELECT id, 'RAISED', "raisedById", "raisedByOrganisationId", "raisedAt", 'RAISED', 'NEIGHBOURHOOD' FROM "Barrier";
