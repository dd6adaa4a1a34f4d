-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('LOCAL_AUTHORITY', 'NHS_TRUST', 'PRIMARY_CARE', 'MENTAL_HEALTH_TRUST', 'POLICE', 'PROBATION', 'FIRE_AND_RESCUE', 'HOUSING_PROVIDER', 'JOBCENTRE_DWP', 'EDUCATION', 'VCSE', 'UNIVERSITY', 'OTHER');

-- CreateEnum
CREATE TYPE "OrganisationStatus" AS ENUM ('INVITED', 'ACTIVE', 'SUSPENDED', 'LEFT');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('FRONTLINE_WORKER', 'LOCALITY_LEAD', 'PARTNERSHIP_ADMIN');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'ACTIVE', 'ON_HOLD', 'CLOSED');

-- CreateEnum
CREATE TYPE "ClosureReason" AS ENUM ('OUTCOMES_ACHIEVED', 'NEEDS_MET_ELSEWHERE', 'DISENGAGED', 'MOVED_AWAY', 'DIED', 'DUPLICATE', 'OTHER');

-- CreateEnum
CREATE TYPE "InvolvementRole" AS ENUM ('LEAD', 'KEY_WORKER', 'SUPPORTING', 'SPECIALIST', 'ADVISORY');

-- CreateEnum
CREATE TYPE "ConsentStatus" AS ENUM ('GIVEN', 'REFUSED', 'WITHDRAWN', 'NOT_YET_ASKED');

-- CreateEnum
CREATE TYPE "LawfulBasis" AS ENUM ('CONSENT', 'SAFEGUARDING', 'VITAL_INTERESTS', 'PUBLIC_TASK', 'LEGAL_OBLIGATION', 'PREVENTION_OF_CRIME');

-- CreateEnum
CREATE TYPE "ContactKind" AS ENUM ('NOTE', 'VISIT', 'CALL', 'MEETING', 'ASSESSMENT', 'INCIDENT');

-- CreateEnum
CREATE TYPE "NoteVisibility" AS ENUM ('ALL_INVOLVED', 'OWN_ORGANISATION');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ReferralUrgency" AS ENUM ('ROUTINE', 'SOON', 'URGENT');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "DeclineReason" AS ENUM ('NOT_ELIGIBLE', 'NO_CAPACITY', 'ALREADY_SUPPORTED', 'WRONG_SERVICE', 'INSUFFICIENT_INFORMATION', 'OTHER');

-- CreateEnum
CREATE TYPE "TransferKind" AS ENUM ('LEAD_PROFESSIONAL', 'LEAD_ORGANISATION');

-- CreateEnum
CREATE TYPE "TransferStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('REFERRAL_RECEIVED', 'REFERRAL_ACCEPTED', 'REFERRAL_DECLINED', 'REFERRAL_WITHDRAWN', 'TRANSFER_REQUESTED', 'TRANSFER_ANSWERED');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('DRAFT', 'ACTIVE', 'ENDED');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('ALLOWED', 'DENIED');

-- CreateEnum
CREATE TYPE "InterventionType" AS ENUM ('TENANCY_SUPPORT', 'TREATMENT_PLACE', 'EMPLOYMENT_SUPPORT', 'EMERGENCY_ACCOMMODATION', 'FAMILY_SUPPORT', 'DEBT_ADVICE', 'PERSONAL_BUDGET', 'OTHER');

-- CreateEnum
CREATE TYPE "BarrierCategory" AS ENUM ('RULE', 'SYSTEM', 'BUDGET', 'DATA_SHARING', 'WORKFORCE', 'OTHER');

-- CreateEnum
CREATE TYPE "EscalationLevel" AS ENUM ('NEIGHBOURHOOD', 'LOCALITY', 'PARTNERSHIP_BOARD');

-- CreateEnum
CREATE TYPE "BarrierStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED_UNRESOLVED');

-- CreateTable
CREATE TABLE "Locality" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Locality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Neighbourhood" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "localityId" UUID NOT NULL,
    "population" INTEGER NOT NULL,
    "boundary" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Neighbourhood_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ward" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "localityId" UUID NOT NULL,
    "neighbourhoodId" UUID,

    CONSTRAINT "Ward_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "PostcodeWard" (
    "postcode" TEXT NOT NULL,
    "wardCode" TEXT NOT NULL,

    CONSTRAINT "PostcodeWard_pkey" PRIMARY KEY ("postcode")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "type" "OrganisationType" NOT NULL,
    "status" "OrganisationStatus" NOT NULL DEFAULT 'INVITED',
    "joinedOn" DATE,
    "leftOn" DATE,
    "suspendedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "jobTitle" TEXT,
    "passwordHash" TEXT,
    "organisationId" UUID NOT NULL,
    "deactivatedAt" TIMESTAMPTZ(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "passwordChangedAt" TIMESTAMPTZ(3),
    "lastSignInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "localityId" UUID,
    "neighbourhoodId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordSetToken" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordSetToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ipAddress" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "neighbourhoodId" UUID NOT NULL,
    "baseAddress" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "teamId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "roleInTeam" TEXT,
    "joinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("teamId","userId")
);

-- CreateTable
CREATE TABLE "Household" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "addressLine1" TEXT NOT NULL,
    "addressLine2" TEXT,
    "town" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "nhsNumber" TEXT,
    "addressLine1" TEXT,
    "town" TEXT,
    "postcode" TEXT,
    "householdId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SharedCase" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "number" SERIAL NOT NULL,
    "personId" UUID NOT NULL,
    "householdId" UUID,
    "neighbourhoodId" UUID NOT NULL,
    "summary" TEXT,
    "riskLevel" "RiskLevel" NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "closureReason" "ClosureReason",
    "leadProfessionalId" UUID NOT NULL,
    "leadOrganisationId" UUID NOT NULL,
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstContactAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "clientRequestId" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SharedCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseTheme" (
    "caseId" UUID NOT NULL,
    "themeId" UUID NOT NULL,

    CONSTRAINT "CaseTheme_pkey" PRIMARY KEY ("caseId","themeId")
);

-- CreateTable
CREATE TABLE "CaseInvolvement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "role" "InvolvementRole" NOT NULL,
    "joinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMPTZ(3),
    "viaReferralId" UUID,

    CONSTRAINT "CaseInvolvement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseWorker" (
    "caseId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CaseWorker_pkey" PRIMARY KEY ("caseId","userId")
);

-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "status" "ConsentStatus" NOT NULL,
    "decidedOn" DATE,
    "scope" TEXT,
    "lawfulBasis" "LawfulBasis",
    "lawfulBasisApprovedById" UUID,
    "lawfulBasisNote" TEXT,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNote" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "authorOrganisationId" UUID NOT NULL,
    "kind" "ContactKind" NOT NULL,
    "visibility" "NoteVisibility" NOT NULL DEFAULT 'ALL_INVOLVED',
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "body" TEXT NOT NULL,
    "clientRequestId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseAction" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "assigneeOrganisationId" UUID NOT NULL,
    "assigneeUserId" UUID,
    "dueOn" DATE NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'OPEN',
    "completedAt" TIMESTAMPTZ(3),
    "createdById" UUID NOT NULL,
    "clientRequestId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CaseAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "fromOrganisationId" UUID NOT NULL,
    "sentById" UUID NOT NULL,
    "toOrganisationId" UUID NOT NULL,
    "toTeamId" UUID,
    "reason" TEXT NOT NULL,
    "urgency" "ReferralUrgency" NOT NULL,
    "status" "ReferralStatus" NOT NULL DEFAULT 'PENDING',
    "declineReason" "DeclineReason",
    "responseComment" TEXT,
    "respondedById" UUID,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondedAt" TIMESTAMPTZ(3),
    "clientRequestId" UUID,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralTheme" (
    "referralId" UUID NOT NULL,
    "themeId" UUID NOT NULL,

    CONSTRAINT "ReferralTheme_pkey" PRIMARY KEY ("referralId","themeId")
);

-- CreateTable
CREATE TABLE "CaseStatusChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "fromStatus" "CaseStatus",
    "toStatus" "CaseStatus" NOT NULL,
    "reason" TEXT,
    "closureReason" "ClosureReason",
    "changedById" UUID NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeadTransfer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "kind" "TransferKind" NOT NULL,
    "toOrganisationId" UUID NOT NULL,
    "toProfessionalId" UUID,
    "reason" TEXT NOT NULL,
    "status" "TransferStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" UUID NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondedById" UUID,
    "respondedAt" TIMESTAMPTZ(3),

    CONSTRAINT "LeadTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeType" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "OutcomeType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outcome" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "outcomeTypeId" UUID NOT NULL,
    "achievedOn" DATE NOT NULL,
    "evidence" TEXT NOT NULL,
    "recordedById" UUID NOT NULL,
    "clientRequestId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Outcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "NotificationKind" NOT NULL,
    "userId" UUID,
    "organisationId" UUID,
    "caseId" UUID,
    "referralId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SharingAgreement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "lawfulBasis" "LawfulBasis" NOT NULL,
    "status" "AgreementStatus" NOT NULL DEFAULT 'DRAFT',
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "reviewOn" DATE,
    "endedAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SharingAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "agreementId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,

    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("agreementId","organisationId")
);

-- CreateTable
CREATE TABLE "AgreementTheme" (
    "agreementId" UUID NOT NULL,
    "themeId" UUID NOT NULL,

    CONSTRAINT "AgreementTheme_pkey" PRIMARY KEY ("agreementId","themeId")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID,
    "actorOrganisationId" UUID,
    "actorRoles" "Role"[],
    "action" TEXT NOT NULL,
    "outcome" "AuditOutcome" NOT NULL DEFAULT 'ALLOWED',
    "recordType" TEXT,
    "recordId" TEXT,
    "caseId" UUID,
    "reasons" TEXT[],
    "ipAddress" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PooledBudget" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "neighbourhoodId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "financialYear" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PooledBudget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetContribution" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "budgetId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "amountPence" INTEGER NOT NULL,
    "contributedOn" DATE NOT NULL,

    CONSTRAINT "BudgetContribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetSpend" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "budgetId" UUID NOT NULL,
    "caseId" UUID,
    "intervention" "InterventionType" NOT NULL,
    "description" TEXT NOT NULL,
    "amountPence" INTEGER NOT NULL,
    "spentOn" DATE NOT NULL,
    "recordedById" UUID,

    CONSTRAINT "BudgetSpend_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitCost" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "outcomeTypeId" UUID NOT NULL,
    "beneficiaryType" "OrganisationType" NOT NULL,
    "beneficiaryOrganisationId" UUID,
    "fiscalBenefitPence" INTEGER NOT NULL,
    "priceYear" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "UnitCost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Barrier" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" "BarrierCategory" NOT NULL,
    "neighbourhoodId" UUID,
    "localityId" UUID,
    "escalationLevel" "EscalationLevel" NOT NULL DEFAULT 'NEIGHBOURHOOD',
    "status" "BarrierStatus" NOT NULL DEFAULT 'OPEN',
    "raisedById" UUID NOT NULL,
    "raisedByOrganisationId" UUID NOT NULL,
    "ownerId" UUID,
    "resolution" TEXT,
    "raisedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "escalatedAt" TIMESTAMPTZ(3),
    "resolvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Barrier_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Locality_code_key" ON "Locality"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Locality_name_key" ON "Locality"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Locality_slug_key" ON "Locality"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Neighbourhood_code_key" ON "Neighbourhood"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Neighbourhood_slug_key" ON "Neighbourhood"("slug");

-- CreateIndex
CREATE INDEX "Neighbourhood_localityId_idx" ON "Neighbourhood"("localityId");

-- CreateIndex
CREATE UNIQUE INDEX "Neighbourhood_localityId_name_key" ON "Neighbourhood"("localityId", "name");

-- CreateIndex
CREATE INDEX "Ward_localityId_idx" ON "Ward"("localityId");

-- CreateIndex
CREATE INDEX "Ward_neighbourhoodId_idx" ON "Ward"("neighbourhoodId");

-- CreateIndex
CREATE INDEX "PostcodeWard_wardCode_idx" ON "PostcodeWard"("wardCode");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_name_key" ON "Organisation"("name");

-- CreateIndex
CREATE INDEX "Organisation_type_idx" ON "Organisation"("type");

-- CreateIndex
CREATE INDEX "Organisation_status_idx" ON "Organisation"("status");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE INDEX "User_name_idx" ON "User"("name");

-- CreateIndex
CREATE INDEX "RoleAssignment_userId_idx" ON "RoleAssignment"("userId");

-- CreateIndex
CREATE INDEX "RoleAssignment_role_idx" ON "RoleAssignment"("role");

-- CreateIndex
CREATE INDEX "RoleAssignment_localityId_idx" ON "RoleAssignment"("localityId");

-- CreateIndex
CREATE INDEX "RoleAssignment_neighbourhoodId_idx" ON "RoleAssignment"("neighbourhoodId");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordSetToken_tokenHash_key" ON "PasswordSetToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordSetToken_userId_idx" ON "PasswordSetToken"("userId");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_at_idx" ON "SignInAttempt"("email", "at");

-- CreateIndex
CREATE INDEX "SignInAttempt_ipAddress_at_idx" ON "SignInAttempt"("ipAddress", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Team_neighbourhoodId_name_key" ON "Team"("neighbourhoodId", "name");

-- CreateIndex
CREATE INDEX "TeamMember_userId_idx" ON "TeamMember"("userId");

-- CreateIndex
CREATE INDEX "Household_postcode_idx" ON "Household"("postcode");

-- CreateIndex
CREATE INDEX "Person_nhsNumber_idx" ON "Person"("nhsNumber");

-- CreateIndex
CREATE INDEX "Person_searchName_idx" ON "Person"("searchName");

-- CreateIndex
CREATE INDEX "Person_familyName_dateOfBirth_idx" ON "Person"("familyName", "dateOfBirth");

-- CreateIndex
CREATE INDEX "Person_dateOfBirth_idx" ON "Person"("dateOfBirth");

-- CreateIndex
CREATE INDEX "Person_postcode_idx" ON "Person"("postcode");

-- CreateIndex
CREATE INDEX "Person_householdId_idx" ON "Person"("householdId");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_code_key" ON "Theme"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_name_key" ON "Theme"("name");

-- CreateIndex
CREATE UNIQUE INDEX "SharedCase_number_key" ON "SharedCase"("number");

-- CreateIndex
CREATE UNIQUE INDEX "SharedCase_clientRequestId_key" ON "SharedCase"("clientRequestId");

-- CreateIndex
CREATE INDEX "SharedCase_neighbourhoodId_status_idx" ON "SharedCase"("neighbourhoodId", "status");

-- CreateIndex
CREATE INDEX "SharedCase_neighbourhoodId_openedAt_idx" ON "SharedCase"("neighbourhoodId", "openedAt");

-- CreateIndex
CREATE INDEX "SharedCase_neighbourhoodId_closedAt_idx" ON "SharedCase"("neighbourhoodId", "closedAt");

-- CreateIndex
CREATE INDEX "SharedCase_leadOrganisationId_status_idx" ON "SharedCase"("leadOrganisationId", "status");

-- CreateIndex
CREATE INDEX "SharedCase_leadProfessionalId_status_idx" ON "SharedCase"("leadProfessionalId", "status");

-- CreateIndex
CREATE INDEX "SharedCase_personId_idx" ON "SharedCase"("personId");

-- CreateIndex
CREATE INDEX "SharedCase_householdId_idx" ON "SharedCase"("householdId");

-- CreateIndex
CREATE INDEX "CaseTheme_themeId_idx" ON "CaseTheme"("themeId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseInvolvement_viaReferralId_key" ON "CaseInvolvement"("viaReferralId");

-- CreateIndex
CREATE INDEX "CaseInvolvement_organisationId_leftAt_idx" ON "CaseInvolvement"("organisationId", "leftAt");

-- CreateIndex
CREATE UNIQUE INDEX "CaseInvolvement_caseId_organisationId_key" ON "CaseInvolvement"("caseId", "organisationId");

-- CreateIndex
CREATE INDEX "CaseWorker_userId_idx" ON "CaseWorker"("userId");

-- CreateIndex
CREATE INDEX "ConsentRecord_caseId_recordedAt_idx" ON "ConsentRecord"("caseId", "recordedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CaseNote_clientRequestId_key" ON "CaseNote"("clientRequestId");

-- CreateIndex
CREATE INDEX "CaseNote_caseId_occurredAt_idx" ON "CaseNote"("caseId", "occurredAt");

-- CreateIndex
CREATE INDEX "CaseNote_authorOrganisationId_createdAt_idx" ON "CaseNote"("authorOrganisationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CaseAction_clientRequestId_key" ON "CaseAction"("clientRequestId");

-- CreateIndex
CREATE INDEX "CaseAction_caseId_dueOn_idx" ON "CaseAction"("caseId", "dueOn");

-- CreateIndex
CREATE INDEX "CaseAction_assigneeOrganisationId_status_dueOn_idx" ON "CaseAction"("assigneeOrganisationId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "CaseAction_assigneeUserId_status_dueOn_idx" ON "CaseAction"("assigneeUserId", "status", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_clientRequestId_key" ON "Referral"("clientRequestId");

-- CreateIndex
CREATE INDEX "Referral_toOrganisationId_status_sentAt_idx" ON "Referral"("toOrganisationId", "status", "sentAt");

-- CreateIndex
CREATE INDEX "Referral_fromOrganisationId_status_sentAt_idx" ON "Referral"("fromOrganisationId", "status", "sentAt");

-- CreateIndex
CREATE INDEX "Referral_caseId_idx" ON "Referral"("caseId");

-- CreateIndex
CREATE INDEX "CaseStatusChange_caseId_changedAt_idx" ON "CaseStatusChange"("caseId", "changedAt");

-- CreateIndex
CREATE INDEX "LeadTransfer_caseId_idx" ON "LeadTransfer"("caseId");

-- CreateIndex
CREATE INDEX "LeadTransfer_toOrganisationId_status_idx" ON "LeadTransfer"("toOrganisationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeType_code_key" ON "OutcomeType"("code");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeType_name_key" ON "OutcomeType"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Outcome_clientRequestId_key" ON "Outcome"("clientRequestId");

-- CreateIndex
CREATE INDEX "Outcome_caseId_idx" ON "Outcome"("caseId");

-- CreateIndex
CREATE INDEX "Outcome_outcomeTypeId_achievedOn_idx" ON "Outcome"("outcomeTypeId", "achievedOn");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_organisationId_readAt_createdAt_idx" ON "Notification"("organisationId", "readAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SharingAgreement_reference_key" ON "SharingAgreement"("reference");

-- CreateIndex
CREATE INDEX "SharingAgreement_status_startsOn_endsOn_idx" ON "SharingAgreement"("status", "startsOn", "endsOn");

-- CreateIndex
CREATE INDEX "AgreementParty_organisationId_idx" ON "AgreementParty"("organisationId");

-- CreateIndex
CREATE INDEX "AgreementTheme_themeId_idx" ON "AgreementTheme"("themeId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorUserId_at_idx" ON "AuditEvent"("actorUserId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorOrganisationId_at_idx" ON "AuditEvent"("actorOrganisationId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_caseId_at_idx" ON "AuditEvent"("caseId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_recordType_recordId_idx" ON "AuditEvent"("recordType", "recordId");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");

-- CreateIndex
CREATE UNIQUE INDEX "PooledBudget_neighbourhoodId_financialYear_name_key" ON "PooledBudget"("neighbourhoodId", "financialYear", "name");

-- CreateIndex
CREATE INDEX "BudgetContribution_budgetId_idx" ON "BudgetContribution"("budgetId");

-- CreateIndex
CREATE INDEX "BudgetContribution_organisationId_idx" ON "BudgetContribution"("organisationId");

-- CreateIndex
CREATE INDEX "BudgetSpend_budgetId_spentOn_idx" ON "BudgetSpend"("budgetId", "spentOn");

-- CreateIndex
CREATE INDEX "BudgetSpend_caseId_idx" ON "BudgetSpend"("caseId");

-- CreateIndex
CREATE INDEX "UnitCost_outcomeTypeId_idx" ON "UnitCost"("outcomeTypeId");

-- CreateIndex
CREATE INDEX "Barrier_neighbourhoodId_status_idx" ON "Barrier"("neighbourhoodId", "status");

-- CreateIndex
CREATE INDEX "Barrier_localityId_status_idx" ON "Barrier"("localityId", "status");

-- CreateIndex
CREATE INDEX "Barrier_escalationLevel_status_idx" ON "Barrier"("escalationLevel", "status");

-- AddForeignKey
ALTER TABLE "Neighbourhood" ADD CONSTRAINT "Neighbourhood_localityId_fkey" FOREIGN KEY ("localityId") REFERENCES "Locality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ward" ADD CONSTRAINT "Ward_localityId_fkey" FOREIGN KEY ("localityId") REFERENCES "Locality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ward" ADD CONSTRAINT "Ward_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostcodeWard" ADD CONSTRAINT "PostcodeWard_wardCode_fkey" FOREIGN KEY ("wardCode") REFERENCES "Ward"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_localityId_fkey" FOREIGN KEY ("localityId") REFERENCES "Locality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordSetToken" ADD CONSTRAINT "PasswordSetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharedCase" ADD CONSTRAINT "SharedCase_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharedCase" ADD CONSTRAINT "SharedCase_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharedCase" ADD CONSTRAINT "SharedCase_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharedCase" ADD CONSTRAINT "SharedCase_leadProfessionalId_fkey" FOREIGN KEY ("leadProfessionalId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharedCase" ADD CONSTRAINT "SharedCase_leadOrganisationId_fkey" FOREIGN KEY ("leadOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharedCase" ADD CONSTRAINT "SharedCase_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseTheme" ADD CONSTRAINT "CaseTheme_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SharedCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseTheme" ADD CONSTRAINT "CaseTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseInvolvement" ADD CONSTRAINT "CaseInvolvement_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SharedCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseInvolvement" ADD CONSTRAINT "CaseInvolvement_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseInvolvement" ADD CONSTRAINT "CaseInvolvement_viaReferralId_fkey" FOREIGN KEY ("viaReferralId") REFERENCES "Referral"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseWorker" ADD CONSTRAINT "CaseWorker_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SharedCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseWorker" ADD CONSTRAINT "CaseWorker_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SharedCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_lawfulBasisApprovedById_fkey" FOREIGN KEY ("lawfulBasisApprovedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SharedCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_authorOrganisationId_fkey" FOREIGN KEY ("authorOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAction" ADD CONSTRAINT "CaseAction_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SharedCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAction" ADD CONSTRAINT "CaseAction_assigneeOrganisationId_fkey" FOREIGN KEY ("assigneeOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAction" ADD CONSTRAINT "CaseAction_assigneeUserId_fkey" FOREIGN KEY ("assigneeUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAction" ADD CONSTRAINT "CaseAction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SharedCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_fromOrganisationId_fkey" FOREIGN KEY ("fromOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_toOrganisationId_fkey" FOREIGN KEY ("toOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_toTeamId_fkey" FOREIGN KEY ("toTeamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralTheme" ADD CONSTRAINT "ReferralTheme_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralTheme" ADD CONSTRAINT "ReferralTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStatusChange" ADD CONSTRAINT "CaseStatusChange_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SharedCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStatusChange" ADD CONSTRAINT "CaseStatusChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadTransfer" ADD CONSTRAINT "LeadTransfer_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SharedCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadTransfer" ADD CONSTRAINT "LeadTransfer_toProfessionalId_fkey" FOREIGN KEY ("toProfessionalId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadTransfer" ADD CONSTRAINT "LeadTransfer_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadTransfer" ADD CONSTRAINT "LeadTransfer_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SharedCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_outcomeTypeId_fkey" FOREIGN KEY ("outcomeTypeId") REFERENCES "OutcomeType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SharedCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharingAgreement" ADD CONSTRAINT "SharingAgreement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "SharingAgreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementTheme" ADD CONSTRAINT "AgreementTheme_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "SharingAgreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementTheme" ADD CONSTRAINT "AgreementTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PooledBudget" ADD CONSTRAINT "PooledBudget_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetContribution" ADD CONSTRAINT "BudgetContribution_budgetId_fkey" FOREIGN KEY ("budgetId") REFERENCES "PooledBudget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetContribution" ADD CONSTRAINT "BudgetContribution_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetSpend" ADD CONSTRAINT "BudgetSpend_budgetId_fkey" FOREIGN KEY ("budgetId") REFERENCES "PooledBudget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetSpend" ADD CONSTRAINT "BudgetSpend_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SharedCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetSpend" ADD CONSTRAINT "BudgetSpend_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitCost" ADD CONSTRAINT "UnitCost_outcomeTypeId_fkey" FOREIGN KEY ("outcomeTypeId") REFERENCES "OutcomeType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitCost" ADD CONSTRAINT "UnitCost_beneficiaryOrganisationId_fkey" FOREIGN KEY ("beneficiaryOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Barrier" ADD CONSTRAINT "Barrier_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Barrier" ADD CONSTRAINT "Barrier_localityId_fkey" FOREIGN KEY ("localityId") REFERENCES "Locality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Barrier" ADD CONSTRAINT "Barrier_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Barrier" ADD CONSTRAINT "Barrier_raisedByOrganisationId_fkey" FOREIGN KEY ("raisedByOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Barrier" ADD CONSTRAINT "Barrier_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
