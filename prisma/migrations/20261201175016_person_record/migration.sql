-- CreateEnum
CREATE TYPE "HouseholdRelationship" AS ENUM ('HOUSEHOLDER', 'PARTNER', 'CHILD', 'PARENT', 'GRANDPARENT', 'SIBLING', 'OTHER_RELATIVE', 'NOT_RELATED');

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "householdRelationship" "HouseholdRelationship",
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "PersonChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "personId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "fromValue" TEXT,
    "toValue" TEXT,
    "changedById" UUID NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PersonChange_personId_changedAt_idx" ON "PersonChange"("personId", "changedAt");

-- AddForeignKey
ALTER TABLE "PersonChange" ADD CONSTRAINT "PersonChange_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonChange" ADD CONSTRAINT "PersonChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────────── The app role and row security (as migration least_privilege_and_row_security) ─────────────
GRANT SELECT, INSERT ON "PersonChange" TO golden_thread_app;
REVOKE UPDATE, DELETE, TRUNCATE ON "PersonChange" FROM golden_thread_app;

-- A person's history is read with the person: only where row security on "Person" (applied
-- within) shows the person. Appended as the actor; never changed or removed by the app (it goes
-- with its person, by the owner's cascade).
ALTER TABLE "PersonChange" ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_read ON "PersonChange" FOR SELECT TO golden_thread_app USING (
  gt_context() = 'system'
  OR EXISTS (SELECT 1 FROM "Person" gt_p WHERE gt_p.id = "PersonChange"."personId"));
CREATE POLICY app_insert ON "PersonChange" FOR INSERT TO golden_thread_app WITH CHECK (gt_has_context());
