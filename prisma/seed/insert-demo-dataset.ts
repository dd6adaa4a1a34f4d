// Writes the demo dataset in dependency order with chunked createMany calls on the plain client:
// no single long transaction, because on the embedded database (PGlite behind a socket) one
// long transaction blocks every other connection.
import type { Db } from "@/lib/db/create-client";
import type { DemoDataset } from "./build-demo-dataset";

const CHUNK_SIZE = 1_000;

type Log = (message: string) => void;

async function insertInChunks<T>(
  rows: readonly T[],
  write: (chunk: T[]) => Promise<{ count: number }>,
): Promise<number> {
  let count = 0;
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    count += (await write(rows.slice(start, start + CHUNK_SIZE))).count;
  }
  return count;
}

export async function insertDemoDataset(db: Db, d: DemoDataset, log: Log): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  async function step<T>(table: string, rows: readonly T[], write: (data: T[]) => Promise<{ count: number }>) {
    const started = performance.now();
    counts[table] = await insertInChunks(rows, write);
    log(`${table}: ${counts[table]} rows in ${Math.round(performance.now() - started)} ms`);
  }

  await step("Locality", d.locality, (data) => db.locality.createMany({ data }));
  await step("Neighbourhood", d.neighbourhood, (data) => db.neighbourhood.createMany({ data }));
  await step("Ward", d.ward, (data) => db.ward.createMany({ data }));
  await step("PostcodeWard", d.postcodeWard, (data) => db.postcodeWard.createMany({ data }));
  await step("Organisation", d.organisation, (data) => db.organisation.createMany({ data }));
  await step("User", d.user, (data) => db.user.createMany({ data }));
  await step("RoleAssignment", d.roleAssignment, (data) => db.roleAssignment.createMany({ data }));
  await step("Team", d.team, (data) => db.team.createMany({ data }));
  await step("TeamMember", d.teamMember, (data) => db.teamMember.createMany({ data }));
  await step("Theme", d.theme, (data) => db.theme.createMany({ data }));
  await step("OutcomeType", d.outcomeType, (data) => db.outcomeType.createMany({ data }));
  await step("UnitCost", d.unitCost, (data) => db.unitCost.createMany({ data }));
  await step("SharingAgreement", d.sharingAgreement, (data) => db.sharingAgreement.createMany({ data }));
  await step("AgreementParty", d.agreementParty, (data) => db.agreementParty.createMany({ data }));
  await step("AgreementTheme", d.agreementTheme, (data) => db.agreementTheme.createMany({ data }));
  await step("Household", d.household, (data) => db.household.createMany({ data }));
  await step("Person", d.person, (data) => db.person.createMany({ data }));
  await step("SharedCase", d.sharedCase, (data) => db.sharedCase.createMany({ data }));
  // Case numbers were given explicitly, so move the sequence past them for cases opened later.
  await db.$executeRawUnsafe(
    `SELECT setval(pg_get_serial_sequence('"SharedCase"', 'number'), GREATEST((SELECT MAX("number") FROM "SharedCase"), 1))`,
  );
  await step("CaseTheme", d.caseTheme, (data) => db.caseTheme.createMany({ data }));
  await step("Referral", d.referral, (data) => db.referral.createMany({ data }));
  await step("ReferralTheme", d.referralTheme, (data) => db.referralTheme.createMany({ data }));
  await step("CaseInvolvement", d.caseInvolvement, (data) => db.caseInvolvement.createMany({ data }));
  await step("CaseWorker", d.caseWorker, (data) => db.caseWorker.createMany({ data }));
  await step("CaseStatusChange", d.caseStatusChange, (data) => db.caseStatusChange.createMany({ data }));
  await step("ConsentRecord", d.consentRecord, (data) => db.consentRecord.createMany({ data }));
  await step("CaseNote", d.caseNote, (data) => db.caseNote.createMany({ data }));
  await step("CaseAction", d.caseAction, (data) => db.caseAction.createMany({ data }));
  await step("Outcome", d.outcome, (data) => db.outcome.createMany({ data }));
  await step("Notification", d.notification, (data) => db.notification.createMany({ data }));
  await step("PooledBudget", d.pooledBudget, (data) => db.pooledBudget.createMany({ data }));
  await step("BudgetContribution", d.budgetContribution, (data) => db.budgetContribution.createMany({ data }));
  await step("BudgetSpend", d.budgetSpend, (data) => db.budgetSpend.createMany({ data }));
  await step("Barrier", d.barrier, (data) => db.barrier.createMany({ data }));
  await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Barrier"', 'number'), GREATEST((SELECT MAX("number") FROM "Barrier"), 1))`);
  await step("BarrierOrganisation", d.barrierOrganisation, (data) => db.barrierOrganisation.createMany({ data }));
  await step("BarrierCaseLink", d.barrierCaseLink, (data) => db.barrierCaseLink.createMany({ data }));
  await step("BarrierAction", d.barrierAction, (data) => db.barrierAction.createMany({ data }));
  await step("BarrierComment", d.barrierComment, (data) => db.barrierComment.createMany({ data }));
  await step("BarrierEvent", d.barrierEvent, (data) => db.barrierEvent.createMany({ data }));
  await step("Notification (barriers)", d.barrierNotification, (data) => db.notification.createMany({ data }));
  return counts;
}
