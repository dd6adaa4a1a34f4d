// Builds every demo row in memory, with no I/O: the same seed and `now` give the same rows
// (apart from the password hash, which is salted).
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildAgreements } from "./agreements";
import { barrierRows, buildBarriers } from "./barriers";
import { buildBudgets } from "./budgets";
import { buildCaseDetails } from "./case-details";
import { assignDemoCaseLoads } from "./case-leads";
import { buildCaseTeams, involvementRows } from "./case-team";
import { caseRows, planCases } from "./cases";
import { required } from "./collections";
import { demoEmails } from "./demo-accounts";
import { buildGeography, geographyRows } from "./geography";
import { notificationRows } from "./notifications";
import { buildOrganisations, organisationRows } from "./organisations";
import { buildPeople } from "./people";
import { buildPostcodes, postcodeRows } from "./postcodes";
import { addDays, Rng } from "./random";
import { referralRows } from "./referrals";
import { buildReferenceData, unitCostRows } from "./reference-data";
import { buildTeams } from "./teams";
import { buildWorkforce, userRows } from "./users";

/** Price base year of the illustrative unit costs. */
const UNIT_COST_PRICE_YEAR = 2024;

export interface DemoDataset {
  locality: Prisma.LocalityCreateManyInput[];
  neighbourhood: Prisma.NeighbourhoodCreateManyInput[];
  ward: Prisma.WardCreateManyInput[];
  postcodeWard: Prisma.PostcodeWardCreateManyInput[];
  organisation: Prisma.OrganisationCreateManyInput[];
  user: Prisma.UserCreateManyInput[];
  roleAssignment: Prisma.RoleAssignmentCreateManyInput[];
  team: Prisma.TeamCreateManyInput[];
  teamMember: Prisma.TeamMemberCreateManyInput[];
  theme: Prisma.ThemeCreateManyInput[];
  outcomeType: Prisma.OutcomeTypeCreateManyInput[];
  unitCost: Prisma.UnitCostCreateManyInput[];
  sharingAgreement: Prisma.SharingAgreementCreateManyInput[];
  agreementParty: Prisma.AgreementPartyCreateManyInput[];
  agreementTheme: Prisma.AgreementThemeCreateManyInput[];
  household: Prisma.HouseholdCreateManyInput[];
  person: Prisma.PersonCreateManyInput[];
  sharedCase: Prisma.SharedCaseCreateManyInput[];
  caseTheme: Prisma.CaseThemeCreateManyInput[];
  referral: Prisma.ReferralCreateManyInput[];
  referralTheme: Prisma.ReferralThemeCreateManyInput[];
  caseInvolvement: Prisma.CaseInvolvementCreateManyInput[];
  caseWorker: Prisma.CaseWorkerCreateManyInput[];
  caseStatusChange: Prisma.CaseStatusChangeCreateManyInput[];
  consentRecord: Prisma.ConsentRecordCreateManyInput[];
  caseNote: Prisma.CaseNoteCreateManyInput[];
  caseAction: Prisma.CaseActionCreateManyInput[];
  outcome: Prisma.OutcomeCreateManyInput[];
  notification: Prisma.NotificationCreateManyInput[];
  pooledBudget: Prisma.PooledBudgetCreateManyInput[];
  budgetContribution: Prisma.BudgetContributionCreateManyInput[];
  budgetSpend: Prisma.BudgetSpendCreateManyInput[];
  barrier: Prisma.BarrierCreateManyInput[];
  barrierOrganisation: Prisma.BarrierOrganisationCreateManyInput[];
  barrierCaseLink: Prisma.BarrierCaseLinkCreateManyInput[];
  barrierAction: Prisma.BarrierActionCreateManyInput[];
  barrierComment: Prisma.BarrierCommentCreateManyInput[];
  barrierEvent: Prisma.BarrierEventCreateManyInput[];
  barrierNotification: Prisma.NotificationCreateManyInput[];
}

export function buildDemoDataset(options: { seed: number; now: Date; passwordHash: string }): DemoDataset {
  const { now } = options;
  const rng = new Rng(options.seed);
  const geography = buildGeography(rng);
  const postcodes = buildPostcodes(rng, geography);
  const organisations = buildOrganisations(rng, now);
  const reference = buildReferenceData(rng);
  const workforce = buildWorkforce(rng, now, organisations, geography);
  const teams = buildTeams(rng, now, geography, postcodes, organisations, workforce);
  const admin = required(workforce.byEmail, demoEmails.admin, "demo user");
  const agreements = buildAgreements(rng, now, geography, organisations, reference, admin.id);
  const dwp = organisations.find((o) => o.type === "JOBCENTRE_DWP");

  const cases = planCases(rng, now, geography, organisations, workforce);
  assignDemoCaseLoads(rng, cases, workforce);
  const people = buildPeople(rng, cases, postcodes);
  const caseTeams = buildCaseTeams(rng, now, cases, organisations, workforce, teams.teams);
  const { involvements, workers } = involvementRows(cases, caseTeams);
  const referrals = referralRows(caseTeams.referrals, reference);

  const details = buildCaseDetails(rng, now, cases, caseTeams, workforce, reference);
  const budgets = buildBudgets(rng, now, geography, organisations, cases, workforce);
  const places = geographyRows(geography, addDays(now, -40 * 30.4));

  return {
    locality: places.localities,
    neighbourhood: places.neighbourhoods,
    ward: places.wards,
    postcodeWard: postcodeRows(postcodes),
    organisation: organisationRows(organisations),
    user: userRows(workforce, options.passwordHash),
    roleAssignment: workforce.roleAssignments,
    team: teams.rows,
    teamMember: teams.memberRows,
    theme: reference.themes,
    outcomeType: reference.outcomeTypes,
    unitCost: unitCostRows(
      rng,
      reference,
      (type) => (type === "JOBCENTRE_DWP" && dwp ? dwp.id : null),
      UNIT_COST_PRICE_YEAR,
    ),
    sharingAgreement: agreements.agreements,
    agreementParty: agreements.parties,
    agreementTheme: agreements.themes,
    household: people.households,
    person: people.persons,
    sharedCase: caseRows(cases, {
      subjectOf: people.subjectOf,
      firstContactOf: details.firstContactOf,
      versionOf: details.versionOf,
    }),
    caseTheme: cases.flatMap((c) =>
      c.themes.map((theme) => ({ caseId: c.id, themeId: required(reference.themeIds, theme, "theme") })),
    ),
    referral: referrals.rows,
    referralTheme: referrals.themeRows,
    caseInvolvement: involvements,
    caseWorker: workers,
    caseStatusChange: details.statusChanges,
    consentRecord: details.consents,
    caseNote: details.notes,
    caseAction: details.actions,
    outcome: details.outcomes,
    notification: notificationRows(rng, now, caseTeams.referrals),
    pooledBudget: budgets.budgets,
    budgetContribution: budgets.contributions,
    budgetSpend: budgets.spends,
    ...barrierRows(buildBarriers(rng, now, geography, organisations, workforce, cases)),
  };
}
