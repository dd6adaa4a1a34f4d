-- CreateEnum
CREATE TYPE "SubjectAccessStatus" AS ENUM ('OPEN', 'RESPONDED', 'CLOSED');

-- CreateTable
CREATE TABLE "SubjectAccessRequest" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "receivedOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "extendedDueOn" DATE,
    "extensionReason" TEXT,
    "identityCheckedBy" TEXT NOT NULL,
    "identityCheckMethod" TEXT NOT NULL,
    "status" "SubjectAccessStatus" NOT NULL DEFAULT 'OPEN',
    "respondedOn" DATE,
    "loggedById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "clientRequestId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SubjectAccessRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SarItemDecision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "requestId" UUID NOT NULL,
    "itemType" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "withheld" BOOLEAN NOT NULL,
    "reason" TEXT,
    "decidedById" UUID NOT NULL,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SarItemDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SubjectAccessRequest_clientRequestId_key" ON "SubjectAccessRequest"("clientRequestId");

-- CreateIndex
CREATE INDEX "SubjectAccessRequest_organisationId_status_dueOn_idx" ON "SubjectAccessRequest"("organisationId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "SubjectAccessRequest_personId_idx" ON "SubjectAccessRequest"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "SarItemDecision_requestId_itemType_itemId_key" ON "SarItemDecision"("requestId", "itemType", "itemId");

-- AddForeignKey
ALTER TABLE "SubjectAccessRequest" ADD CONSTRAINT "SubjectAccessRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubjectAccessRequest" ADD CONSTRAINT "SubjectAccessRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubjectAccessRequest" ADD CONSTRAINT "SubjectAccessRequest_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SarItemDecision" ADD CONSTRAINT "SarItemDecision_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SubjectAccessRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SarItemDecision" ADD CONSTRAINT "SarItemDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────────── The app role and row security (as migration least_privilege_and_row_security) ─────────────
-- A request is seen only by the organisation that received it (lib/access/sar-policy.ts narrows
-- that to its data-protection officers), or in a named system step. The app never deletes one.
REVOKE DELETE, TRUNCATE ON "SubjectAccessRequest" FROM golden_thread_app;
ALTER TABLE "SubjectAccessRequest" ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_read ON "SubjectAccessRequest" FOR SELECT TO golden_thread_app USING (
  gt_context() = 'system' OR "organisationId" = gt_actor_organisation());
CREATE POLICY app_insert ON "SubjectAccessRequest" FOR INSERT TO golden_thread_app WITH CHECK (
  gt_context() = 'system' OR "organisationId" = gt_actor_organisation());
CREATE POLICY app_update ON "SubjectAccessRequest" FOR UPDATE TO golden_thread_app USING (
  gt_context() = 'system' OR "organisationId" = gt_actor_organisation());

-- Decisions go with their request.
REVOKE TRUNCATE ON "SarItemDecision" FROM golden_thread_app;
ALTER TABLE "SarItemDecision" ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_all ON "SarItemDecision" FOR ALL TO golden_thread_app USING (
  EXISTS (SELECT 1 FROM "SubjectAccessRequest" gt_r WHERE gt_r.id = "SarItemDecision"."requestId"))
  WITH CHECK (EXISTS (SELECT 1 FROM "SubjectAccessRequest" gt_r WHERE gt_r.id = "SarItemDecision"."requestId"));
