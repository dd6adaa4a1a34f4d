// Spend on a case from a pooled budget, against the real database: who may record it, what bad
// input gets, that a budget is never overspent (also by two workers at once), that entries are
// never edited or deleted, that a reversal leaves both rows and the right balance, and that spend
// above the threshold waits for a budget holder.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { decideSpend } from "@/lib/budgets/decide-spend";
import { recordSpend } from "@/lib/budgets/record-spend";
import { reverseSpend } from "@/lib/budgets/reverse-spend";
import { db } from "@/tests/support/owner-db";
import { daysFromToday } from "../../support/case-factories";
import { formDataOf } from "../../support/form-data";
import { budgetWorld, type BudgetWorld } from "./budget-world";

let w: BudgetWorld;
beforeAll(async () => {
  w = await budgetWorld();
});

const auditCount = (userId: string, action: string, outcome: "ALLOWED" | "DENIED") => db.auditEvent.count({ where: { actorUserId: userId, action, outcome } });

describe("recording spend on a case", () => {
  it("a worker of the lead organisation records spend below the threshold: it counts as spent at once, audited", async () => {
    const budget = await w.budget(5_000);
    const c = await w.newCase();
    const result = await recordSpend(w.lead, c.id, w.spendForm(budget.id, "1,250.50"));
    expect(result).toEqual({ ok: true, needsApproval: false });
    const b = await db.pooledBudget.findUniqueOrThrow({ where: { id: budget.id } });
    expect(Number(b.spentPence)).toBe(125_050);
    expect(await w.available(budget.id)).toBe(500_000 - 125_050);
    expect(await db.auditEvent.count({ where: { actorUserId: w.lead.userId, action: "case.recordSpend", caseId: c.id, outcome: "ALLOWED" } })).toBe(1);
  });

  it("a worker of an involved partner organisation may record spend too", async () => {
    const budget = await w.budget(1_000);
    const c = await w.newCase();
    expect((await recordSpend(w.partner, c.id, w.spendForm(budget.id, "100"))).ok).toBe(true);
  });

  it("spend above the threshold is committed and waits for approval", async () => {
    const budget = await w.budget(10_000, 2_500);
    const c = await w.newCase();
    expect(await recordSpend(w.lead, c.id, w.spendForm(budget.id, "3000"))).toEqual({ ok: true, needsApproval: true });
    const b = await db.pooledBudget.findUniqueOrThrow({ where: { id: budget.id } });
    expect([Number(b.spentPence), Number(b.committedPence)]).toEqual([0, 300_000]);
  });

  it("bad input gets a message at each field, keeps what was typed, and writes nothing", async () => {
    const budget = await w.budget(1_000);
    const c = await w.newCase();
    const result = await recordSpend(w.lead, c.id, formDataOf({ budgetId: budget.id, intervention: "", description: "", amount: "12,34", spentOn: daysFromToday(3), clientRequestId: randomUUID() }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      intervention: ["Choose the type of intervention"],
      description: ["Enter what was bought"],
      amount: ["The amount must be an amount in pounds, like 1,250 or 1250.50"],
      spentOn: ["Date of the spend must be today or in the past"],
    });
    expect(result.values.amount).toBe("12,34");
    expect(await db.budgetSpend.count({ where: { caseId: c.id } })).toBe(0);
  });

  it("a worker whose organisation is not on the case is refused, the refusal audited, nothing written", async () => {
    const budget = await w.budget(1_000);
    const c = await w.newCase();
    const before = await auditCount(w.outsider.userId, "case.recordSpend", "DENIED");
    const result = await recordSpend(w.outsider, c.id, w.spendForm(budget.id, "100"));
    expect(result).toMatchObject({ ok: false, formError: expect.stringContaining("cannot be found") });
    expect(await auditCount(w.outsider.userId, "case.recordSpend", "DENIED")).toBe(before + 1);
    expect(await db.budgetSpend.count({ where: { caseId: c.id } })).toBe(0);
  });

  it("a budget of another place cannot pay for the case", async () => {
    const other = await w.budget(1_000, 2_500, { localityId: w.elsewhere.locality.id });
    const c = await w.newCase();
    const result = await recordSpend(w.lead, c.id, w.spendForm(other.id, "100"));
    expect(result).toMatchObject({ ok: false, fieldErrors: { budgetId: ["Choose a budget of the case's neighbourhood or locality"] } });
  });

  it("a locality budget of the case's locality can pay for it", async () => {
    const localityBudget = await w.budget(1_000, 2_500, { localityId: w.localityId });
    expect((await recordSpend(w.lead, (await w.newCase()).id, w.spendForm(localityBudget.id, "100"))).ok).toBe(true);
  });

  it("more than is left is refused with what is available, and nothing is written", async () => {
    const budget = await w.budget(400);
    const c = await w.newCase();
    const result = await recordSpend(w.lead, c.id, w.spendForm(budget.id, "400.01"));
    expect(result).toMatchObject({ ok: false, fieldErrors: { amount: ["There is not enough left in this budget: £400.00 is available"] } });
    expect(await w.available(budget.id)).toBe(40_000);
  });

  it("a double submit of one form records one entry", async () => {
    const budget = await w.budget(1_000);
    const c = await w.newCase();
    const form = w.spendForm(budget.id, "100");
    await recordSpend(w.lead, c.id, form);
    expect((await recordSpend(w.lead, c.id, form)).ok).toBe(true);
    expect(await db.budgetSpend.count({ where: { caseId: c.id } })).toBe(1);
  });
});

describe("two workers spending the last £500 at once", () => {
  it("exactly one succeeds, the other is told there is nothing left, and the balance never goes below zero", async () => {
    const budget = await w.budget(500);
    const [first, second] = [await w.newCase(), await w.newCase()];
    const results = await Promise.all([
      recordSpend(w.lead, first.id, w.spendForm(budget.id, "500")),
      recordSpend(w.partner, second.id, w.spendForm(budget.id, "500")),
    ]);
    const succeeded = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ ok: false, fieldErrors: { amount: ["There is nothing left in this budget to spend"] } });
    expect(await w.available(budget.id)).toBe(0);
    expect(await db.budgetSpend.count({ where: { budgetId: budget.id } })).toBe(1);
  });

  it("ten spends racing for five slots: five succeed and the budget is spent exactly", async () => {
    const budget = await w.budget(500);
    const cases = await Promise.all(Array.from({ length: 10 }, () => w.newCase()));
    const results = await Promise.all(cases.map((c, i) => recordSpend(i % 2 ? w.partner : w.lead, c.id, w.spendForm(budget.id, "100"))));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(await w.available(budget.id)).toBe(0);
  });

  it("the database itself refuses an overspend, whoever writes it", async () => {
    const budget = await w.budget(100);
    const c = await w.newCase();
    await expect(
      db.budgetSpend.create({ data: { budgetId: budget.id, caseId: c.id, neighbourhoodId: w.neighbourhood.id, intervention: "OTHER", description: "Direct write", amountPence: 10_001, spentOn: daysFromToday(0), recordedById: w.lead.userId, recordedByOrganisationId: w.leadOrg.id } }),
    ).rejects.toThrow(/PooledBudget_never_overspent/);
  });
});

describe("entries are never edited or deleted; mistakes are reversed", () => {
  it("the database refuses UPDATE and DELETE of a spend entry", async () => {
    const budget = await w.budget(1_000);
    const c = await w.newCase();
    await recordSpend(w.lead, c.id, w.spendForm(budget.id, "100"));
    const entry = await db.budgetSpend.findFirstOrThrow({ where: { caseId: c.id } });
    await expect(db.budgetSpend.update({ where: { id: entry.id }, data: { amountPence: 1 } })).rejects.toThrow(/append-only/);
    await expect(db.budgetSpend.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
  });

  it("a reversal leaves both rows and the right balance, and cannot be repeated", async () => {
    const budget = await w.budget(1_000);
    const c = await w.newCase();
    await recordSpend(w.lead, c.id, w.spendForm(budget.id, "250"));
    const entry = await db.budgetSpend.findFirstOrThrow({ where: { caseId: c.id } });
    expect(await w.available(budget.id)).toBe(75_000);
    const reversed = await reverseSpend(w.lead, c.id, entry.id, formDataOf({ reason: "Typed the wrong amount", clientRequestId: randomUUID() }));
    expect(reversed).toEqual({ ok: true });
    const rows = await db.budgetSpend.findMany({ where: { caseId: c.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.amountPence, r.reversesId, r.reason])).toEqual([[25_000, null, null], [-25_000, entry.id, "Typed the wrong amount"]]);
    expect(await w.available(budget.id)).toBe(100_000);
    const again = await reverseSpend(w.lead, c.id, entry.id, formDataOf({ reason: "Again", clientRequestId: randomUUID() }));
    expect(again).toMatchObject({ ok: false, formError: "This spend entry has already been reversed" });
  });

  it("a reversal needs a reason", async () => {
    const budget = await w.budget(1_000);
    const c = await w.newCase();
    await recordSpend(w.lead, c.id, w.spendForm(budget.id, "10"));
    const entry = await db.budgetSpend.findFirstOrThrow({ where: { caseId: c.id } });
    expect(await reverseSpend(w.lead, c.id, entry.id, formDataOf({ reason: " ", clientRequestId: randomUUID() }))).toMatchObject({ ok: false, fieldErrors: { reason: ["Enter the reason for the reversal"] } });
  });

  it("someone outside the case cannot reverse its spend, and the refusal is audited", async () => {
    const budget = await w.budget(1_000);
    const c = await w.newCase();
    await recordSpend(w.lead, c.id, w.spendForm(budget.id, "10"));
    const entry = await db.budgetSpend.findFirstOrThrow({ where: { caseId: c.id } });
    const before = await auditCount(w.outsider.userId, "case.reverseSpend", "DENIED");
    expect((await reverseSpend(w.outsider, c.id, entry.id, formDataOf({ reason: "No", clientRequestId: randomUUID() }))).ok).toBe(false);
    expect(await auditCount(w.outsider.userId, "case.reverseSpend", "DENIED")).toBe(before + 1);
    expect(await db.budgetSpend.count({ where: { caseId: c.id } })).toBe(1);
  });
});

describe("approval of spend above the threshold", () => {
  async function waiting() {
    const budget = await w.budget(10_000, 1_000);
    const c = await w.newCase();
    await recordSpend(w.lead, c.id, w.spendForm(budget.id, "2,000"));
    return { budget, spend: await db.budgetSpend.findFirstOrThrow({ where: { caseId: c.id } }) };
  }

  it("the locality's budget holder approves: the commitment becomes spend", async () => {
    const { budget, spend } = await waiting();
    expect(await decideSpend(w.holder, spend.id, formDataOf({ decision: "APPROVED", reason: "" }))).toEqual({ ok: true, decision: "APPROVED" });
    const b = await db.pooledBudget.findUniqueOrThrow({ where: { id: budget.id } });
    expect([Number(b.spentPence), Number(b.committedPence)]).toEqual([200_000, 0]);
    expect(await decideSpend(w.secondHolder, spend.id, formDataOf({ decision: "DECLINED", reason: "Late" }))).toMatchObject({ ok: false, formError: "This spend has already been approved" });
  });

  it("declining needs a reason, and releases the commitment", async () => {
    const { budget, spend } = await waiting();
    expect(await decideSpend(w.secondHolder, spend.id, formDataOf({ decision: "DECLINED", reason: "" }))).toMatchObject({ ok: false, fieldErrors: { reason: ["Enter why the spend is declined"] } });
    expect((await decideSpend(w.secondHolder, spend.id, formDataOf({ decision: "DECLINED", reason: "Use the hardship fund" }))).ok).toBe(true);
    expect(await w.available(budget.id)).toBe(1_000_000);
  });

  it("a holder of another place and a partnership admin are refused, and the refusals audited", async () => {
    const { spend } = await waiting();
    for (const actor of [w.otherHolder, w.admin]) {
      const before = await auditCount(actor.userId, "budget.decideSpend", "DENIED");
      expect((await decideSpend(actor, spend.id, formDataOf({ decision: "APPROVED", reason: "" }))).ok).toBe(false);
      expect(await auditCount(actor.userId, "budget.decideSpend", "DENIED")).toBe(before + 1);
    }
    expect(await db.spendDecision.count({ where: { spendId: spend.id } })).toBe(0);
  });
});
