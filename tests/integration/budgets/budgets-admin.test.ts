// Pooled budgets for partnership admins and budget holders: creating, changing and filling them;
// what each may see of the spend (admins: amounts and case references, never what was bought);
// and the budget policy's decision agreeing with its list filter.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { budgetActions, decideBudgetAccess, visibleBudgetsWhere } from "@/lib/access/budget-policy";
import { addContribution } from "@/lib/budgets/add-contribution";
import { createBudget } from "@/lib/budgets/create-budget";
import { getBudget, listBudgets } from "@/lib/budgets/queries";
import { recordSpend } from "@/lib/budgets/record-spend";
import { budgetChangedMessage, updateBudget } from "@/lib/budgets/update-budget";
import { db } from "@/tests/support/owner-db";
import { daysFromToday } from "../../support/case-factories";
import { formDataOf } from "../../support/form-data";
import { budgetWorld, type BudgetWorld } from "./budget-world";

let w: BudgetWorld;
beforeAll(async () => {
  w = await budgetWorld();
});

const budgetForm = (place: string, extra: Record<string, string> = {}) =>
  formDataOf({ place, financialYear: String(w.year), name: `Budget ${randomUUID().slice(0, 6)}`, approvalThreshold: "2,500", clientRequestId: randomUUID(), ...extra });

describe("creating and changing budgets", () => {
  it("an admin creates a neighbourhood budget, and a double submit creates one", async () => {
    const form = budgetForm(`neighbourhood:${w.neighbourhood.id}`);
    const first = await createBudget(w.admin, form);
    expect(first.ok).toBe(true);
    const again = await createBudget(w.admin, form);
    expect(again).toEqual(first);
    expect(await db.auditEvent.count({ where: { actorUserId: w.admin.userId, action: "budget.create", outcome: "ALLOWED" } })).toBeGreaterThan(0);
  });

  it("a budget holder creates one for their locality; a holder of another place is refused and the refusal audited", async () => {
    expect((await createBudget(w.holder, budgetForm(`locality:${w.localityId}`))).ok).toBe(true);
    const before = await db.auditEvent.count({ where: { actorUserId: w.otherHolder.userId, action: "budget.create", outcome: "DENIED" } });
    const refused = await createBudget(w.otherHolder, budgetForm(`locality:${w.localityId}`));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { place: ["Choose a place whose budgets you hold"] } });
    expect(await db.auditEvent.count({ where: { actorUserId: w.otherHolder.userId, action: "budget.create", outcome: "DENIED" } })).toBe(before + 1);
  });

  it("bad input gets messages at the fields, keeps what was typed, and creates nothing", async () => {
    const result = await createBudget(w.admin, budgetForm("somewhere", { name: " ", approvalThreshold: "lots" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { place: ["Choose the neighbourhood or locality from the list"], name: ["Enter the budget's name"], approvalThreshold: ["The approval threshold must be an amount in pounds, like 1,250 or 1250.50"] },
      values: { approvalThreshold: "lots" },
    });
  });

  it("a change made on an old version is refused, keeping what was typed", async () => {
    const budget = await w.budget(0);
    expect((await updateBudget(w.holder, budget.id, formDataOf({ name: "First", approvalThreshold: "100", version: "1" }))).ok).toBe(true);
    const stale = await updateBudget(w.admin, budget.id, formDataOf({ name: "Second", approvalThreshold: "200", version: "1" }));
    expect(stale).toMatchObject({ ok: false, formError: budgetChangedMessage, values: { name: "Second", version: "2" } });
    expect((await db.pooledBudget.findUniqueOrThrow({ where: { id: budget.id } })).name).toBe("First");
  });

  it("contributions add to what a budget holds; in kind needs a description; others are refused and audited", async () => {
    const budget = await w.budget(0);
    const contribution = (kind: string, description = "") => formDataOf({ organisationId: w.partnerOrg.id, kind, amount: "12,000", contributedOn: daysFromToday(0), description, clientRequestId: randomUUID() });
    expect((await addContribution(w.holder, budget.id, contribution("CASH"))).ok).toBe(true);
    expect(await addContribution(w.holder, budget.id, contribution("IN_KIND"))).toMatchObject({ ok: false, fieldErrors: { description: [expect.stringContaining("Describe what was given")] } });
    expect((await addContribution(w.admin, budget.id, contribution("IN_KIND", "A support worker two days a week"))).ok).toBe(true);
    expect(await w.available(budget.id)).toBe(2_400_000);
    const before = await db.auditEvent.count({ where: { actorUserId: w.otherHolder.userId, action: "budget.manage", outcome: "DENIED" } });
    expect((await addContribution(w.otherHolder, budget.id, contribution("CASH"))).ok).toBe(false);
    expect(await db.auditEvent.count({ where: { actorUserId: w.otherHolder.userId, action: "budget.manage", outcome: "DENIED" } })).toBe(before + 1);
    expect(await w.available(budget.id)).toBe(2_400_000);
  });
});

describe("what each may see of a budget's spend", () => {
  it("an admin sees amounts and case references only; the place's budget holder sees what was bought; others see nothing", async () => {
    const budget = await w.budget(1_000);
    const c = await w.newCase();
    await recordSpend(w.lead, c.id, w.spendForm(budget.id, "100", { description: "Deposit for a flat on Acacia Avenue" }));
    const asAdmin = await getBudget(w.admin, budget.id);
    expect(asAdmin?.spends).toEqual([expect.objectContaining({ amountPence: 10_000, caseReference: expect.stringMatching(/^GT-/), description: null, recordedBy: null, reason: null })]);
    expect(JSON.stringify(asAdmin)).not.toContain("Acacia");
    expect((await getBudget(w.holder, budget.id))?.spends[0].description).toBe("Deposit for a flat on Acacia Avenue");
    expect(await getBudget(w.otherHolder, budget.id)).toBeNull();
    expect(await getBudget(w.lead, budget.id)).toBeNull();
  });
});

describe("the budget policy's decision agrees with its list filter", () => {
  it("for admins, holders of the locality and of the neighbourhood, a holder elsewhere and a worker", async () => {
    const budgets = [await w.budget(0), await w.budget(0, 0, { localityId: w.localityId }), await w.budget(0, 0, { localityId: w.elsewhere.locality.id })];
    const ids = budgets.map((b) => b.id);
    const places = await Promise.all(budgets.map(async (b) => ({ neighbourhoodId: b.neighbourhoodId, localityId: b.localityId ?? (await db.neighbourhood.findUniqueOrThrow({ where: { id: b.neighbourhoodId ?? "" } })).localityId })));
    for (const actor of [w.admin, w.holder, w.secondHolder, w.otherHolder, w.lead]) {
      const listed = (await db.pooledBudget.findMany({ where: { AND: [visibleBudgetsWhere(actor), { id: { in: ids } }] }, select: { id: true } })).map((b) => b.id).sort();
      const decided = ids.filter((_, i) => decideBudgetAccess(actor, places[i], "view").allowed).sort();
      expect(listed).toEqual(decided);
      expect((await listBudgets(actor)).filter((b) => ids.includes(b.id)).map((b) => b.id).sort()).toEqual(decided);
    }
    expect(budgetActions.filter((a) => decideBudgetAccess(w.admin, places[0], a).allowed)).toEqual(["view", "manage"]);
  });
});
