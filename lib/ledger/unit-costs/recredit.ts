// Re-values the outcomes a unit-cost or beneficiary change touches, in the caller's transaction:
// only outcomes achieved on or after the change's date (or of the place whose beneficiaries
// changed), so figures for earlier periods stay as they were.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { creditOutcomes } from "../credit-outcomes";

export async function recreditOutcomes(tx: Tx, where: Prisma.OutcomeWhereInput): Promise<number> {
  const outcomes = await tx.outcome.findMany({ where, select: { id: true } });
  return creditOutcomes(tx, outcomes.map((o) => o.id));
}
