// Reads a budget with a row lock (SELECT … FOR UPDATE) inside the caller's transaction: every
// spend, decision and contribution on one budget takes it first, so two workers spending the
// last £500 at once are served one after the other, the second seeing what the first left.
// "unsafe" in the house's sense: it skips authorisation, because authorisation starts from it.
import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db/create-client";
import type { BudgetPlace } from "@/lib/access/budget-policy";
import { isUuid } from "@/lib/domain/uuid";

export type LockedBudget = {
  id: string;
  name: string;
  financialYear: number;
  approvalThresholdPence: number;
  contributedPence: number;
  spentPence: number;
  committedPence: number;
  /** What can still be spent or committed: contributed − spent − committed. */
  availablePence: number;
  place: BudgetPlace;
};

type Row = {
  id: string;
  name: string;
  financialYear: number;
  approvalThresholdPence: number;
  contributedPence: bigint;
  spentPence: bigint;
  committedPence: bigint;
  neighbourhoodId: string | null;
  localityId: string;
};

export async function lockBudget(tx: Tx, budgetId: string): Promise<LockedBudget | null> {
  if (!isUuid(budgetId)) return null;
  const rows = await tx.$queryRaw<Row[]>`
    SELECT b.id::text AS "id", b.name, b."financialYear", b."approvalThresholdPence",
           b."contributedPence", b."spentPence", b."committedPence",
           b."neighbourhoodId"::text AS "neighbourhoodId", coalesce(b."localityId", n."localityId")::text AS "localityId"
    FROM "PooledBudget" b LEFT JOIN "Neighbourhood" n ON n.id = b."neighbourhoodId"
    WHERE b.id = ${budgetId}::uuid
    FOR UPDATE OF b`;
  const row = rows[0];
  if (!row) return null;
  const [contributed, spent, committed] = [row.contributedPence, row.spentPence, row.committedPence].map(Number);
  return {
    id: row.id,
    name: row.name,
    financialYear: row.financialYear,
    approvalThresholdPence: row.approvalThresholdPence,
    contributedPence: contributed,
    spentPence: spent,
    committedPence: committed,
    availablePence: contributed - spent - committed,
    place: { neighbourhoodId: row.neighbourhoodId, localityId: row.localityId },
  };
}
