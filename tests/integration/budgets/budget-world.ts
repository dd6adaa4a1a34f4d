// A case world (lead, partner, outsider) with pooled-budget people and money: a budget holder of
// the locality, a holder of another place, an admin, and helpers for budgets and spend forms.
import { randomUUID } from "node:crypto";
import { db } from "@/tests/support/owner-db";
import { financialYearOf } from "@/lib/domain/financial-year";
import { actorFor, createActor, createPlace, createUser, daysFromToday } from "../../support/case-factories";
import { formDataOf } from "../../support/form-data";
import { caseWorld } from "../cases/case-world";

export async function budgetWorld() {
  const w = await caseWorld();
  const { localityId } = await db.neighbourhood.findUniqueOrThrow({ where: { id: w.neighbourhood.id }, select: { localityId: true } });
  const holderUser = await createUser({ roles: [] });
  await db.roleAssignment.create({ data: { userId: holderUser.id, role: "BUDGET_HOLDER", localityId } });
  const secondHolderUser = await createUser({ roles: [] });
  await db.roleAssignment.create({ data: { userId: secondHolderUser.id, role: "BUDGET_HOLDER", neighbourhoodId: w.neighbourhood.id } });
  const elsewhere = await createPlace();
  const otherHolderUser = await createUser({ roles: [] });
  await db.roleAssignment.create({ data: { userId: otherHolderUser.id, role: "BUDGET_HOLDER", localityId: elsewhere.locality.id } });
  const admin = await createActor({ roles: ["PARTNERSHIP_ADMIN"] });
  const year = financialYearOf(daysFromToday(0));

  /** A budget of the world's neighbourhood holding `pounds`, spend above `thresholdPounds` approved. */
  async function budget(pounds: number, thresholdPounds = 2_500, place: { neighbourhoodId?: string; localityId?: string } = { neighbourhoodId: w.neighbourhood.id }) {
    const created = await db.pooledBudget.create({
      data: { ...place, name: `Test budget ${randomUUID().slice(0, 8)}`, financialYear: year, approvalThresholdPence: thresholdPounds * 100 },
    });
    if (pounds > 0) await db.budgetContribution.create({ data: { budgetId: created.id, organisationId: w.leadOrg.id, amountPence: pounds * 100, contributedOn: daysFromToday(0) } });
    return created;
  }

  const spendForm = (budgetId: string, amount: string, extra: Record<string, string | Date> = {}) =>
    formDataOf({ budgetId, intervention: "TENANCY_SUPPORT", description: "Rent in advance", amount, spentOn: daysFromToday(0), clientRequestId: randomUUID(), ...extra });

  const available = async (budgetId: string) => {
    const b = await db.pooledBudget.findUniqueOrThrow({ where: { id: budgetId } });
    return Number(b.contributedPence - b.spentPence - b.committedPence);
  };

  return {
    ...w,
    localityId,
    elsewhere,
    holder: await actorFor(holderUser.id),
    secondHolder: await actorFor(secondHolderUser.id),
    otherHolder: await actorFor(otherHolderUser.id),
    admin,
    year,
    budget,
    spendForm,
    available,
  };
}

export type BudgetWorld = Awaited<ReturnType<typeof budgetWorld>>;
