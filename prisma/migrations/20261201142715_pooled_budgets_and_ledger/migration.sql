-- Pooled budgets, spend on cases and the investment/benefit ledger (lib/ledger/README.md).
-- The four financial tables were seeded but never read, and their shape changes: their old demo
-- rows are removed here (load the new demo data with `npm run db:seed -- --reset`).
DELETE FROM "BudgetSpend";
DELETE FROM "BudgetContribution";
DELETE FROM "PooledBudget";
DELETE FROM "UnitCost";

-- CreateEnum
CREATE TYPE "ContributionKind" AS ENUM ('CASH', 'IN_KIND');

-- CreateEnum
CREATE TYPE "SpendDecisionKind" AS ENUM ('APPROVED', 'DECLINED');

-- CreateEnum
CREATE TYPE "BenefitKind" AS ENUM ('FISCAL', 'ECONOMIC', 'SOCIAL');

-- DropForeignKey
ALTER TABLE "BudgetContribution" DROP CONSTRAINT "BudgetContribution_budgetId_fkey";

-- DropForeignKey
ALTER TABLE "BudgetSpend" DROP CONSTRAINT "BudgetSpend_budgetId_fkey";

-- DropForeignKey
ALTER TABLE "BudgetSpend" DROP CONSTRAINT "BudgetSpend_caseId_fkey";

-- DropForeignKey
ALTER TABLE "BudgetSpend" DROP CONSTRAINT "BudgetSpend_recordedById_fkey";

-- DropForeignKey
ALTER TABLE "PooledBudget" DROP CONSTRAINT "PooledBudget_neighbourhoodId_fkey";

-- DropIndex
DROP INDEX "UnitCost_outcomeTypeId_idx";

-- AlterTable
ALTER TABLE "BudgetContribution" ADD COLUMN     "clientRequestId" UUID,
ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "description" TEXT,
ADD COLUMN     "kind" "ContributionKind" NOT NULL DEFAULT 'CASH',
ADD COLUMN     "recordedById" UUID;

-- AlterTable
ALTER TABLE "BudgetSpend" ADD COLUMN     "clientRequestId" UUID,
ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "needsApproval" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "neighbourhoodId" UUID NOT NULL,
ADD COLUMN     "reason" TEXT,
ADD COLUMN     "recordedByOrganisationId" UUID NOT NULL,
ADD COLUMN     "reversesId" UUID,
ALTER COLUMN "caseId" SET NOT NULL,
ALTER COLUMN "recordedById" SET NOT NULL;

-- AlterTable
ALTER TABLE "PooledBudget" ADD COLUMN     "approvalThresholdPence" INTEGER NOT NULL,
ADD COLUMN     "clientRequestId" UUID,
ADD COLUMN     "committedPence" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "contributedPence" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "createdById" UUID,
ADD COLUMN     "localityId" UUID,
ADD COLUMN     "spentPence" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "neighbourhoodId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "UnitCost" DROP COLUMN "fiscalBenefitPence",
ADD COLUMN     "attributionBasisPoints" INTEGER NOT NULL,
ADD COLUMN     "confidenceGrade" INTEGER NOT NULL,
ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "createdById" UUID,
ADD COLUMN     "deadweightBasisPoints" INTEGER NOT NULL,
ADD COLUMN     "economicPencePerYear" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "effectiveFrom" DATE NOT NULL,
ADD COLUMN     "effectiveTo" DATE,
ADD COLUMN     "fiscalPencePerYear" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lineId" UUID NOT NULL,
ADD COLUMN     "optimismBiasBasisPoints" INTEGER NOT NULL,
ADD COLUMN     "socialPencePerYear" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "years" INTEGER NOT NULL,
ALTER COLUMN "beneficiaryType" DROP NOT NULL;

-- CreateTable
CREATE TABLE "SpendDecision" (
    "spendId" UUID NOT NULL,
    "decision" "SpendDecisionKind" NOT NULL,
    "reason" TEXT,
    "decidedById" UUID NOT NULL,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpendDecision_pkey" PRIMARY KEY ("spendId")
);

-- CreateTable
CREATE TABLE "PlaceBeneficiary" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "localityId" UUID,
    "neighbourhoodId" UUID,
    "organisationType" "OrganisationType" NOT NULL,
    "organisationId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlaceBeneficiary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerOutcome" (
    "outcomeId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "neighbourhoodId" UUID NOT NULL,
    "outcomeTypeId" UUID NOT NULL,
    "achievedOn" DATE NOT NULL,
    "interventions" "InterventionType"[],
    "creditedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerOutcome_pkey" PRIMARY KEY ("outcomeId")
);

-- CreateTable
CREATE TABLE "BenefitCredit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "outcomeId" UUID NOT NULL,
    "unitCostId" UUID NOT NULL,
    "kind" "BenefitKind" NOT NULL,
    "organisationId" UUID,
    "beneficiaryType" "OrganisationType",
    "neighbourhoodId" UUID NOT NULL,
    "achievedOn" DATE NOT NULL,
    "shareOf" INTEGER NOT NULL DEFAULT 1,
    "countsOutcome" BOOLEAN NOT NULL,
    "grossPence" INTEGER NOT NULL,
    "netPence" INTEGER NOT NULL,
    "netByYear" INTEGER[],

    CONSTRAINT "BenefitCredit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerBenefitMonth" (
    "neighbourhoodId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "kind" "BenefitKind" NOT NULL,
    "organisationKey" UUID NOT NULL,
    "typeKey" TEXT NOT NULL,
    "grossPence" BIGINT NOT NULL DEFAULT 0,
    "netPence" BIGINT NOT NULL DEFAULT 0,
    "netByYear" BIGINT[] DEFAULT ARRAY[]::BIGINT[],
    "outcomes" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LedgerBenefitMonth_pkey" PRIMARY KEY ("neighbourhoodId","month","kind","organisationKey","typeKey")
);

-- CreateTable
CREATE TABLE "LedgerOutcomeMonth" (
    "neighbourhoodId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "outcomeTypeId" UUID NOT NULL,
    "outcomes" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LedgerOutcomeMonth_pkey" PRIMARY KEY ("neighbourhoodId","month","outcomeTypeId")
);

-- CreateTable
CREATE TABLE "LedgerSpendMonth" (
    "neighbourhoodId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "budgetKey" UUID NOT NULL,
    "intervention" "InterventionType" NOT NULL,
    "spentPence" BIGINT NOT NULL DEFAULT 0,
    "entries" INTEGER NOT NULL DEFAULT 0,
    "outcomes" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LedgerSpendMonth_pkey" PRIMARY KEY ("neighbourhoodId","month","budgetKey","intervention")
);

-- CreateIndex
CREATE INDEX "PlaceBeneficiary_organisationId_idx" ON "PlaceBeneficiary"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "PlaceBeneficiary_localityId_organisationType_organisationId_key" ON "PlaceBeneficiary"("localityId", "organisationType", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "PlaceBeneficiary_neighbourhoodId_organisationType_organisat_key" ON "PlaceBeneficiary"("neighbourhoodId", "organisationType", "organisationId");

-- CreateIndex
CREATE INDEX "LedgerOutcome_caseId_idx" ON "LedgerOutcome"("caseId");

-- CreateIndex
CREATE INDEX "LedgerOutcome_outcomeTypeId_achievedOn_idx" ON "LedgerOutcome"("outcomeTypeId", "achievedOn");

-- CreateIndex
CREATE INDEX "LedgerOutcome_neighbourhoodId_achievedOn_idx" ON "LedgerOutcome"("neighbourhoodId", "achievedOn");

-- CreateIndex
CREATE INDEX "BenefitCredit_outcomeId_idx" ON "BenefitCredit"("outcomeId");

-- CreateIndex
CREATE INDEX "BenefitCredit_unitCostId_idx" ON "BenefitCredit"("unitCostId");

-- CreateIndex
CREATE INDEX "LedgerBenefitMonth_month_idx" ON "LedgerBenefitMonth"("month");

-- CreateIndex
CREATE INDEX "LedgerOutcomeMonth_month_idx" ON "LedgerOutcomeMonth"("month");

-- CreateIndex
CREATE INDEX "LedgerSpendMonth_month_idx" ON "LedgerSpendMonth"("month");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetContribution_clientRequestId_key" ON "BudgetContribution"("clientRequestId");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetSpend_reversesId_key" ON "BudgetSpend"("reversesId");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetSpend_clientRequestId_key" ON "BudgetSpend"("clientRequestId");

-- CreateIndex
CREATE UNIQUE INDEX "PooledBudget_clientRequestId_key" ON "PooledBudget"("clientRequestId");

-- CreateIndex
CREATE INDEX "PooledBudget_financialYear_idx" ON "PooledBudget"("financialYear");

-- CreateIndex
CREATE UNIQUE INDEX "PooledBudget_localityId_financialYear_name_key" ON "PooledBudget"("localityId", "financialYear", "name");

-- CreateIndex
CREATE INDEX "UnitCost_outcomeTypeId_effectiveFrom_idx" ON "UnitCost"("outcomeTypeId", "effectiveFrom");

-- CreateIndex
CREATE INDEX "UnitCost_lineId_idx" ON "UnitCost"("lineId");

-- AddForeignKey
ALTER TABLE "PooledBudget" ADD CONSTRAINT "PooledBudget_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PooledBudget" ADD CONSTRAINT "PooledBudget_localityId_fkey" FOREIGN KEY ("localityId") REFERENCES "Locality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetContribution" ADD CONSTRAINT "BudgetContribution_budgetId_fkey" FOREIGN KEY ("budgetId") REFERENCES "PooledBudget"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetSpend" ADD CONSTRAINT "BudgetSpend_budgetId_fkey" FOREIGN KEY ("budgetId") REFERENCES "PooledBudget"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetSpend" ADD CONSTRAINT "BudgetSpend_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SharedCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetSpend" ADD CONSTRAINT "BudgetSpend_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "BudgetSpend"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetSpend" ADD CONSTRAINT "BudgetSpend_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpendDecision" ADD CONSTRAINT "SpendDecision_spendId_fkey" FOREIGN KEY ("spendId") REFERENCES "BudgetSpend"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceBeneficiary" ADD CONSTRAINT "PlaceBeneficiary_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerOutcome" ADD CONSTRAINT "LedgerOutcome_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "Outcome"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitCredit" ADD CONSTRAINT "BenefitCredit_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "LedgerOutcome"("outcomeId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitCredit" ADD CONSTRAINT "BenefitCredit_unitCostId_fkey" FOREIGN KEY ("unitCostId") REFERENCES "UnitCost"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
