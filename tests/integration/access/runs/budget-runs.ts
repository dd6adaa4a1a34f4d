// Runs of the pooled-budget server actions. Spend on a case is a case action (the case's lead
// records it, an uninvolved organisation's worker is refused on the case); budgets, their
// contributions and decisions on spend are the budget policy's (a budget holder of the case's
// locality acts, a frontline worker or a holder of another place is refused, audited DENIED).
import { randomUUID } from "node:crypto";
import { db } from "@/tests/support/owner-db";
import { budgetNotFoundMessage } from "@/lib/budgets/budget-transaction";
import { recordSpend } from "@/lib/budgets/record-spend";
import { financialYearOf } from "@/lib/domain/financial-year";
import type { Actor } from "@/lib/auth/actor";
import { ContributionKind, InterventionType } from "@/lib/generated/prisma/enums";
import { actorFor, createPlace, createUser, daysFromToday } from "../../../support/case-factories";
import { formDataOf } from "../../../support/form-data";
import { anyUuid, deniedOnCase, values } from "./case-runs";
import { run, type RunTable } from "./types";
import { dateParts, type ActionWorld } from "./world";

type BudgetPeople = { holder: Actor; otherHolder: Actor; localityId: string; year: number };
const people = new WeakMap<ActionWorld, Promise<BudgetPeople>>();

/** Budget holders for the world (made once per world): of the world's locality, and of another place. */
function budgetPeople(w: ActionWorld): Promise<BudgetPeople> {
  let made = people.get(w);
  if (!made) {
    made = (async () => {
      const { localityId } = await db.neighbourhood.findUniqueOrThrow({ where: { id: w.neighbourhood.id }, select: { localityId: true } });
      const holder = await createUser({ organisationId: w.leadOrg.id, roles: [] });
      await db.roleAssignment.create({ data: { userId: holder.id, role: "BUDGET_HOLDER", localityId } });
      const elsewhere = await createPlace();
      const otherHolder = await createUser({ organisationId: w.leadOrg.id, roles: [] });
      await db.roleAssignment.create({ data: { userId: otherHolder.id, role: "BUDGET_HOLDER", localityId: elsewhere.locality.id } });
      return { holder: await actorFor(holder.id), otherHolder: await actorFor(otherHolder.id), localityId, year: financialYearOf(daysFromToday(0)) };
    })();
    people.set(w, made);
  }
  return made;
}

/** A budget of the world's neighbourhood holding £10,000; spend above £2,500 waits for a decision. */
async function withBudget(w: ActionWorld) {
  const p = await budgetPeople(w);
  const budget = await db.pooledBudget.create({
    data: { neighbourhoodId: w.neighbourhood.id, name: `Run budget ${w.suffix()}`, financialYear: p.year, approvalThresholdPence: 250_000 },
  });
  await db.budgetContribution.create({ data: { budgetId: budget.id, organisationId: w.leadOrg.id, amountPence: 1_000_000, contributedOn: daysFromToday(-1) } });
  return { ...p, budgetId: budget.id, requestId: randomUUID() };
}

/** A case of the world's neighbourhood and a budget to pay from. */
async function withCaseAndBudget(w: ActionWorld) {
  const b = await withBudget(w);
  const c = await w.newCase();
  return { ...b, caseId: c.id };
}

/** Spend of `pounds` recorded on a case by its lead. */
async function withSpend(w: ActionWorld, pounds: string) {
  const c = await withCaseAndBudget(w);
  const spendRequest = randomUUID();
  const recorded = await recordSpend(
    w.lead,
    c.caseId,
    formDataOf({ budgetId: c.budgetId, intervention: "TENANCY_SUPPORT", description: "Rent in advance", amount: pounds, spentOn: daysFromToday(-1), clientRequestId: spendRequest }),
  );
  if (!recorded.ok) throw new Error("the spend was not recorded");
  const spend = await db.budgetSpend.findUniqueOrThrow({ where: { clientRequestId: spendRequest } });
  return { ...c, spendId: spend.id };
}

const amount = { kind: "pounds", max: 1_000_000 } as const;
const threshold = { kind: "pounds", max: 1_000_000, allowZero: true } as const;
const budgetDenied = (action: string, recordId: unknown) => ({
  ends: { returns: { ok: false, formError: budgetNotFoundMessage } },
  audit: [{ action, outcome: "DENIED" as const, recordId }],
});

const budgetActions = {
  recordSpendAction: run({
    prepare: withCaseAndBudget,
    call: (w, c) => ({
      actor: w.lead,
      bound: [c.caseId],
      form: { budgetId: c.budgetId, intervention: "TENANCY_SUPPORT", description: "Rent in advance", amount: "120.50", spentOn: dateParts(-1), clientRequestId: c.requestId },
    }),
    expected: async (_w, c) => {
      const spend = await db.budgetSpend.findUniqueOrThrow({ where: { clientRequestId: c.requestId } });
      return { ends: { redirect: `/cases/${c.caseId}?saved=spend#spend` }, audit: [{ action: "case.recordSpend", outcome: "ALLOWED", recordId: spend.id, caseId: c.caseId }] };
    },
    refused: { as: (w) => w.outsider, expected: (_w, c) => deniedOnCase("case.recordSpend", c.caseId) },
    fuzz: {
      bound: [{ kind: "id" }],
      form: {
        budgetId: { kind: "id" },
        intervention: { kind: "choice", values: values(InterventionType) },
        description: { kind: "text", max: 500 },
        amount,
        spentOn: { kind: "date", rule: "pastOrToday" },
        clientRequestId: { kind: "id" },
      },
    },
  }),

  reverseSpendAction: run({
    prepare: async (w) => ({ ...(await withSpend(w, "100")), reversalRequest: randomUUID() }),
    call: (w, c) => ({ actor: w.lead, bound: [c.caseId, c.spendId], form: { reason: "Paid twice by mistake", clientRequestId: c.reversalRequest } }),
    expected: (_w, c) => ({
      ends: { redirect: `/cases/${c.caseId}?saved=spend-reversed#spend` },
      audit: [{ action: "case.reverseSpend", outcome: "ALLOWED", recordId: c.spendId, caseId: c.caseId }],
    }),
    refused: { as: (w) => w.outsider, expected: (_w, c) => deniedOnCase("case.reverseSpend", c.caseId, c.spendId) },
    fuzz: { bound: [{ kind: "id" }, { kind: "id" }], form: { reason: { kind: "text", max: 1000 }, clientRequestId: { kind: "id" } } },
  }),

  createBudgetAction: run({
    prepare: async (w) => ({ ...(await budgetPeople(w)), requestId: randomUUID(), name: `New budget ${w.suffix()}` }),
    call: (w, c) => ({
      actor: c.holder,
      bound: [],
      form: { place: `neighbourhood:${w.neighbourhood.id}`, financialYear: String(c.year), name: c.name, approvalThreshold: "2,500", clientRequestId: c.requestId },
    }),
    expected: async (_w, c) => {
      const budget = await db.pooledBudget.findUniqueOrThrow({ where: { clientRequestId: c.requestId } });
      return { ends: { redirect: `/budgets/${budget.id}?done=created` }, audit: [{ action: "budget.create", outcome: "ALLOWED", recordId: budget.id }] };
    },
    refused: {
      // A frontline worker holds no budget of the place.
      as: (w) => w.lead,
      expected: () => ({
        ends: { returns: { ok: false, formError: "You cannot create budgets for this place" } },
        audit: [{ action: "budget.create", outcome: "DENIED", recordId: anyUuid }],
      }),
    },
    fuzz: {
      form: {
        place: { kind: "place" },
        financialYear: { kind: "wholeNumber", min: 2015, max: 2100 },
        name: { kind: "text", max: 120 },
        approvalThreshold: threshold,
        clientRequestId: { kind: "id" },
      },
    },
  }),

  updateBudgetAction: run({
    prepare: withBudget,
    call: (w, c) => ({ actor: c.holder, bound: [c.budgetId], form: { name: `Renamed budget ${w.suffix()}`, approvalThreshold: "3000", version: "1" } }),
    expected: (_w, c) => ({ ends: { redirect: `/budgets/${c.budgetId}?done=updated` }, audit: [{ action: "budget.manage", outcome: "ALLOWED", recordId: c.budgetId }] }),
    refused: { as: (_w, c) => c.otherHolder, expected: (_w, c) => budgetDenied("budget.manage", c.budgetId) },
    fuzz: { bound: [{ kind: "id" }], form: { name: { kind: "text", max: 120 }, approvalThreshold: threshold, version: { kind: "version" } } },
  }),

  addContributionAction: run({
    prepare: withBudget,
    call: (w, c) => ({
      actor: c.holder,
      bound: [c.budgetId],
      form: { organisationId: w.partnerOrg.id, kind: "CASH", amount: "1,500", contributedOn: dateParts(-1), description: "", clientRequestId: c.requestId },
    }),
    expected: async (_w, c) => {
      const contribution = await db.budgetContribution.findUniqueOrThrow({ where: { clientRequestId: c.requestId } });
      return { ends: { redirect: `/budgets/${c.budgetId}?done=contribution` }, audit: [{ action: "budget.manage", outcome: "ALLOWED", recordId: contribution.id }] };
    },
    refused: { as: (w) => w.lead, expected: () => budgetDenied("budget.manage", anyUuid) },
    fuzz: {
      bound: [{ kind: "id" }],
      form: {
        organisationId: { kind: "id" },
        kind: { kind: "choice", values: values(ContributionKind) },
        amount,
        contributedOn: { kind: "date", rule: "pastOrToday" },
        description: { kind: "optionalText", max: 500 },
        clientRequestId: { kind: "id" },
      },
    },
  }),

  decideSpendAction: run({
    // Above the threshold: it waits for a budget holder other than the lead who recorded it.
    prepare: (w) => withSpend(w, "3000"),
    call: (_w, c) => ({ actor: c.holder, bound: [c.spendId], form: { decision: "APPROVED", reason: "" } }),
    expected: (_w, c) => ({ ends: { redirect: "/budgets/approvals?done=approved" }, audit: [{ action: "budget.decideSpend", outcome: "ALLOWED", recordId: c.spendId }] }),
    refused: { as: (_w, c) => c.otherHolder, expected: (_w, c) => budgetDenied("budget.decideSpend", c.spendId) },
    fuzz: { bound: [{ kind: "id" }], form: { decision: { kind: "choice", values: ["APPROVED", "DECLINED"] }, reason: { kind: "optionalText", max: 1000 } } },
  }),
};

export const budgetRuns: RunTable = {
  "lib/budgets/actions.ts": budgetActions,
};
