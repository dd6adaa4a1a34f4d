// Values outcomes into the ledger: for each outcome, its place, the interventions bought for the
// case so far, and its credits (lib/domain/outcome-credits.ts) through the unit costs in force on
// the day it was achieved and the organisations that receive the place's benefits. Run in the
// transaction that records the outcome, and again (replacing what was there) for the outcomes a
// unit-cost or beneficiary change touches. The summary tables follow by trigger.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { OrganisationType } from "@/lib/generated/prisma/enums";
import { creditsForOutcome } from "@/lib/domain/outcome-credits";
import { beneficiaryResolver } from "./beneficiary-resolver";

const chunk = 500;

export async function creditOutcomes(tx: Tx, outcomeIds: readonly string[]): Promise<number> {
  let credited = 0;
  for (let start = 0; start < outcomeIds.length; start += chunk) credited += await creditChunk(tx, outcomeIds.slice(start, start + chunk));
  return credited;
}

async function creditChunk(tx: Tx, ids: readonly string[]): Promise<number> {
  const outcomes = await tx.outcome.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, caseId: true, outcomeTypeId: true, achievedOn: true, case: { select: { neighbourhoodId: true, neighbourhood: { select: { localityId: true } } } } },
  });
  if (outcomes.length === 0) return 0;
  const typeIds = [...new Set(outcomes.map((o) => o.outcomeTypeId))];
  const caseIds = [...new Set(outcomes.map((o) => o.caseId))];
  const unitCosts = await tx.unitCost.findMany({ where: { outcomeTypeId: { in: typeIds } } });
  const resolve = await beneficiaryResolver(tx, outcomes.map((o) => ({ neighbourhoodId: o.case.neighbourhoodId, localityId: o.case.neighbourhood.localityId })));
  const spends = await tx.budgetSpend.findMany({
    where: { caseId: { in: caseIds }, reversesId: null, reversedBy: null, OR: [{ decision: null }, { decision: { decision: "APPROVED" } }] },
    select: { caseId: true, intervention: true },
  });
  const interventionsOf = new Map<string, Set<(typeof spends)[number]["intervention"]>>();
  for (const s of spends) interventionsOf.set(s.caseId, (interventionsOf.get(s.caseId) ?? new Set()).add(s.intervention));

  await tx.ledgerOutcome.deleteMany({ where: { outcomeId: { in: outcomes.map((o) => o.id) } } });
  await tx.ledgerOutcome.createMany({
    data: outcomes.map((o) => ({
      outcomeId: o.id,
      caseId: o.caseId,
      neighbourhoodId: o.case.neighbourhoodId,
      outcomeTypeId: o.outcomeTypeId,
      achievedOn: o.achievedOn,
      interventions: [...(interventionsOf.get(o.caseId) ?? [])].sort(),
    })),
  });
  const credits = outcomes.flatMap((o) =>
    creditsForOutcome(o, unitCosts, (type: OrganisationType) => resolve({ neighbourhoodId: o.case.neighbourhoodId, localityId: o.case.neighbourhood.localityId }, type)).map((c) => ({
      ...c,
      outcomeId: o.id,
      neighbourhoodId: o.case.neighbourhoodId,
      achievedOn: o.achievedOn,
    })),
  );
  if (credits.length) await tx.benefitCredit.createMany({ data: credits });
  return outcomes.length;
}
