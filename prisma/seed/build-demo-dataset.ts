// Builds every demo row in memory, with no I/O: the same seed and `now` give the same rows
// (apart from the password hash, which is salted).
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildAgreements } from "./agreements";
import { auditHistoryRows } from "./audit-history";
import { barrierRows, buildBarriers } from "./barriers";
import { buildBudgets } from "./budgets";
import { buildCaseDetails } from "./case-details";
import { assignDemoCaseLoads } from "./case-leads";
import { buildCaseTeams, involvementRows } from "./case-team";
import { caseRows, planCases } from "./cases";
import { required } from "./collections";
import { demoEmails } from "./demo-accounts";
import { buildGeography, geographyRows } from "./geography";
import { budgetHolderRoles, buildLedger, placeBeneficiaryRows } from "./ledger";
import { notificationRows } from "./notifications";
import { buildOrganisations, organisationRows } from "./organisations";
import { linkHouseholdCases } from "./household-cases";
import { stageMergeDemo } from "./merge-demo";
import { buildPeople } from "./people";
import { buildPostcodes, postcodeRows } from "./postcodes";
import { withConsentOverTime } from "./consent-over-time";
import { addDays, Rng } from "./random";
import { referralRows } from "./referrals";
import { restrictDemoRecords } from "./restricted-records";
import { buildReferenceData, unitCostRows } from "./reference-data";
import { buildTeams } from "./teams";
import { subjectAccessRequestRows } from "./subject-access";
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
  spendDecision: Prisma.SpendDecisionCreateManyInput[];
  placeBeneficiary: Prisma.PlaceBeneficiaryCreateManyInput[];
  ledgerOutcome: Prisma.LedgerOutcomeCreateManyInput[];
  benefitCredit: Prisma.BenefitCreditCreateManyInput[];
  barrier: Prisma.BarrierCreateManyInput[];
  barrierOrganisation: Prisma.BarrierOrganisationCreateManyInput[];
  barrierCaseLink: Prisma.BarrierCaseLinkCreateManyInput[];
  barrierAction: Prisma.BarrierActionCreateManyInput[];
  barrierComment: Prisma.BarrierCommentCreateManyInput[];
  barrierEvent: Prisma.BarrierEventCreateManyInput[];
  subjectAccessRequest: Prisma.SubjectAccessRequestCreateManyInput[];
  auditEvent: Prisma.AuditEventCreateManyInput[];
  /** Filled by the loader (encrypted with this environment's keys): the demo authenticators. */
  totpCredential?: Prisma.TotpCredentialCreateManyInput[];
}

export interface BuildOptions {
  /**
   * How a person's NHS number is stored (encrypted, with its lookup hash: the loader passes
   * lib/people/nhs-number-field.ts sealNhsNumber). Without it the demo people have none.
   */
  sealNhsNumber?: (personId: string, nhsNumber: string | null) => { nhsNumberCiphertext: string | null; nhsNumberHash: string | null };
  seed: number;
  now: Date;
  passwordHash: string;
  /** Fewer cases for tests that need the demo's shape, not its volume. */
  caseCount?: number;
}

export function buildDemoDataset(options: BuildOptions): DemoDataset {
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

  const cases = planCases(rng, now, geography, organisations, workforce, options.caseCount);
  assignDemoCaseLoads(rng, cases, workforce);
  const people = buildPeople(rng, cases, postcodes);
  linkHouseholdCases(cases, people, required(workforce.byEmail, demoEmails.workerManchester, "demo user").id);
  stageMergeDemo(cases, people, { manchester: required(workforce.byEmail, demoEmails.workerManchester, "demo user").id, bolton: required(workforce.byEmail, demoEmails.workerBolton, "demo user").id });
  const caseTeams = buildCaseTeams(rng, now, cases, organisations, workforce, teams.teams);
  const { involvements, workers } = involvementRows(cases, caseTeams);
  const referrals = referralRows(caseTeams.referrals, reference);

  const details = buildCaseDetails(rng, now, cases, caseTeams, workforce, reference);
  const budgetHolder = required(workforce.byEmail, demoEmails.budgetHolderBolton, "demo user");
  const bolton = required(new Map(geography.localities.map((l) => [l.name, l.id])), "Bolton", "locality");
  const holderRoles = budgetHolderRoles(rng, workforce.roleAssignments, new Set([bolton]));
  const holderByLocality = new Map(holderRoles.map((r) => [r.localityId, r.userId]));
  const localityIdByName = new Map(geography.localities.map((l) => [l.name as string, l.id]));
  const budgets = buildBudgets(rng, now, geography, organisations, cases, (name) =>
    name === "Bolton" ? budgetHolder.id : (holderByLocality.get(localityIdByName.get(name)) ?? null),
  );
  const places = geographyRows(geography, addDays(now, -40 * 30.4));
  const unitCosts = unitCostRows(rng, reference, dwp?.id ?? null, UNIT_COST_PRICE_YEAR, addDays(now, -6 * 365), now);
  const beneficiaries = placeBeneficiaryRows(rng, geography, organisations);
  const ledger = buildLedger(cases, details.outcomes, unitCosts, beneficiaries, budgets);
  // Barriers' notifications go with everyone else's: one table, one row list (the loader is per table).
  const { barrierNotification, ...barrierTables } = barrierRows(buildBarriers(rng, now, geography, organisations, workforce, cases));

  const dataset: Omit<DemoDataset, "auditEvent"> = {
    locality: places.localities,
    neighbourhood: places.neighbourhoods,
    ward: places.wards,
    postcodeWard: postcodeRows(postcodes),
    organisation: organisationRows(organisations),
    user: userRows(workforce, options.passwordHash),
    // The budget holders' roles with everyone else's: one table, one row list (the loader is per table).
    roleAssignment: [...workforce.roleAssignments, ...holderRoles, ...teams.supervisorRows],
    team: teams.rows,
    teamMember: teams.memberRows,
    theme: reference.themes,
    outcomeType: reference.outcomeTypes,
    unitCost: unitCosts,
    sharingAgreement: agreements.agreements,
    agreementParty: agreements.parties,
    agreementTheme: agreements.themes,
    household: people.households,
    person: people.persons.map(({ nhsNumber, ...person }) => ({ ...person, ...(options.sealNhsNumber?.(person.id, nhsNumber) ?? {}) })),
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
    notification: [...notificationRows(rng, now, caseTeams.referrals), ...barrierNotification],
    pooledBudget: budgets.budgets,
    budgetContribution: budgets.contributions,
    budgetSpend: budgets.spends,
    spendDecision: budgets.decisions,
    placeBeneficiary: beneficiaries,
    ledgerOutcome: ledger.ledgerOutcomes,
    benefitCredit: ledger.credits,
    ...barrierTables,
    subjectAccessRequest: subjectAccessRequestRows(now, [...people.subjectOf.values()], workforce.byEmail),
  };
  restrictDemoRecords(dataset, now);
  // Last: built from the rows above, so every other table's history has its audit rows.
  return withConsentOverTime({ ...dataset, auditEvent: auditHistoryRows(rng, now, dataset) }, now);
}
