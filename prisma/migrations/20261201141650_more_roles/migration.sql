-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Role" ADD VALUE 'SUPERVISOR';
ALTER TYPE "Role" ADD VALUE 'BUDGET_HOLDER';
ALTER TYPE "Role" ADD VALUE 'BOARD_MEMBER';
ALTER TYPE "Role" ADD VALUE 'DATA_PROTECTION_OFFICER';

-- AlterTable
ALTER TABLE "RoleAssignment" ADD COLUMN     "teamId" UUID;

-- CreateIndex
CREATE INDEX "RoleAssignment_teamId_idx" ON "RoleAssignment"("teamId");

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
