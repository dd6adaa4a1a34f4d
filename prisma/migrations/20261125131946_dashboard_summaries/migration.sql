-- CreateEnum
CREATE TYPE "DashboardCategoryKind" AS ENUM ('THEME', 'OUTCOME_TYPE');

-- CreateTable
CREATE TABLE "DashboardCategory" (
    "kind" "DashboardCategoryKind" NOT NULL,
    "refId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "DashboardCategory_pkey" PRIMARY KEY ("kind","refId")
);

-- CreateTable
CREATE TABLE "DashboardMonth" (
    "neighbourhoodId" UUID NOT NULL,
    "themeKey" UUID NOT NULL,
    "month" DATE NOT NULL,
    "opened" INTEGER NOT NULL DEFAULT 0,
    "closed" INTEGER NOT NULL DEFAULT 0,
    "involvements" INTEGER NOT NULL DEFAULT 0,
    "firstContacts" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "openedByTheme" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "closedByTheme" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "themePairs" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "referralsSent" INTEGER NOT NULL DEFAULT 0,
    "referralsPending" INTEGER NOT NULL DEFAULT 0,
    "referralsAccepted" INTEGER NOT NULL DEFAULT 0,
    "referralsDeclined" INTEGER NOT NULL DEFAULT 0,
    "referralsWithdrawn" INTEGER NOT NULL DEFAULT 0,
    "declineReasons" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "responseTimes" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "outcomes" INTEGER NOT NULL DEFAULT 0,
    "outcomesByType" INTEGER[] DEFAULT ARRAY[]::INTEGER[],

    CONSTRAINT "DashboardMonth_pkey" PRIMARY KEY ("neighbourhoodId","themeKey","month")
);

-- CreateTable
CREATE TABLE "DashboardOpenActionMonth" (
    "neighbourhoodId" UUID NOT NULL,
    "themeKey" UUID NOT NULL,
    "dueMonth" DATE NOT NULL,
    "openActions" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DashboardOpenActionMonth_pkey" PRIMARY KEY ("neighbourhoodId","themeKey","dueMonth")
);

-- CreateTable
CREATE TABLE "DashboardOpenActionDay" (
    "neighbourhoodId" UUID NOT NULL,
    "themeKey" UUID NOT NULL,
    "dueOn" DATE NOT NULL,
    "openActions" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DashboardOpenActionDay_pkey" PRIMARY KEY ("neighbourhoodId","themeKey","dueOn")
);

-- CreateIndex
CREATE UNIQUE INDEX "DashboardCategory_kind_position_key" ON "DashboardCategory"("kind", "position");

-- CreateIndex
CREATE INDEX "DashboardMonth_themeKey_month_idx" ON "DashboardMonth"("themeKey", "month");

-- CreateIndex
CREATE INDEX "DashboardOpenActionMonth_themeKey_dueMonth_idx" ON "DashboardOpenActionMonth"("themeKey", "dueMonth");

-- CreateIndex
CREATE INDEX "DashboardOpenActionDay_themeKey_dueOn_idx" ON "DashboardOpenActionDay"("themeKey", "dueOn");
