// The ledger end to end on the real database: outcomes recorded through the case form credit the
// place's police force through the unit cost in force on each outcome's date — including a change
// of unit cost part-way through the period — and the neighbourhood's figures equal a hand
// calculation (deadweight, attribution, optimism bias, two years, 3.5% discounting).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { recordSpend } from "@/lib/budgets/record-spend";
import { getCaseLedger } from "@/lib/budgets/case-ledger";
import { recordOutcome } from "@/lib/cases/record-outcome";
import { db } from "@/tests/support/owner-db";
import { loadLedger } from "@/lib/ledger/queries";
import { ledgerSummaryMismatchesSql } from "@/lib/ledger/summary-recount";
import { changeUnitCost } from "@/lib/ledger/unit-costs/change-unit-cost";
import { createUnitCostLine } from "@/lib/ledger/unit-costs/create-unit-cost-line";
import { actorFor, createOrganisation, createUser, daysFromToday } from "../../support/case-factories";
import { formDataOf } from "../../support/form-data";
import { budgetWorld, type BudgetWorld } from "../budgets/budget-world";

let w: BudgetWorld;
let lead: Actor;
let police: { id: string; name: string };
let target: { locality: string; neighbourhood: string };
const caseIds: string[] = [];

const unitCost = (fiscal: string, effectiveFrom: Date, outcomeTypeId?: string) =>
  formDataOf({
    ...(outcomeTypeId ? { outcomeTypeId } : {}),
    beneficiary: "type:POLICE", fiscal, economic: "0", social: "100", years: "2", deadweight: "20", attribution: "50",
    confidenceGrade: "3", optimismBias: "10", priceYear: "2024", source: "Test source", description: "", effectiveFrom,
  });

// Hand calculations (pence). Net factor 0.8 × 0.5 × 0.9 = 0.36.
// Before the change, £1,000 a year: 36,000 in year 1, 36,000 / 1.035 = 34,782.6 → 34,783 in year 2.
// After it, £1,200 a year: 43,200, then 43,200 / 1.035 = 41,739.1 → 41,739.
// Social £100 a year either side: 3,600 and 3,478.3 → 3,478.
const oldNet = 36_000 + 34_783;
const newNet = 43_200 + 41_739;
const socialNet = 3_600 + 3_478;

beforeAll(async () => {
  w = await budgetWorld();
  police = await createOrganisation({ type: "POLICE" });
  await db.placeBeneficiary.create({ data: { localityId: w.localityId, organisationType: "POLICE", organisationId: police.id } });
  const leadUser = await createUser({ roles: [] });
  await db.roleAssignment.create({ data: { userId: leadUser.id, role: "LOCALITY_LEAD", localityId: w.localityId } });
  lead = await actorFor(leadUser.id);
  const place = await db.neighbourhood.findUniqueOrThrow({ where: { id: w.neighbourhood.id }, select: { slug: true, locality: { select: { slug: true } } } });
  target = { locality: place.locality.slug, neighbourhood: place.slug };

  expect((await createUnitCostLine(w.admin, unitCost("1000", daysFromToday(-400), w.outcomeType.id))).ok).toBe(true);
  const budget = await w.budget(5_000);
  // Five cases, each with £100 of tenancy support and an outcome 60 days ago.
  for (let i = 0; i < 5; i++) {
    const c = await w.newCase();
    caseIds.push(c.id);
    expect((await recordSpend(w.lead, c.id, w.spendForm(budget.id, "100"))).ok).toBe(true);
    expect((await recordOutcome(w.lead, c.id, formDataOf({ outcomeTypeId: w.outcomeType.id, achievedOn: daysFromToday(-60), evidence: "Seen", clientRequestId: randomUUID() }))).ok).toBe(true);
  }
  // The unit cost changes 30 days ago; five more outcomes come after it.
  const line = await db.unitCost.findFirstOrThrow({ where: { outcomeTypeId: w.outcomeType.id, effectiveTo: null } });
  expect((await changeUnitCost(w.admin, line.id, unitCost("1,200", daysFromToday(-30)))).ok).toBe(true);
  for (const caseId of caseIds) {
    expect((await recordOutcome(w.lead, caseId, formDataOf({ outcomeTypeId: w.outcomeType.id, achievedOn: daysFromToday(-10), evidence: "Seen again", clientRequestId: randomUUID() }))).ok).toBe(true);
  }
});

describe("the ledger of a neighbourhood", () => {
  it("values each outcome by the unit cost in force on its date: the change part-way leaves earlier outcomes alone", async () => {
    const credits = await db.benefitCredit.findMany({ where: { kind: "FISCAL", ledgerOutcome: { caseId: { in: caseIds } } }, select: { netPence: true, netByYear: true, achievedOn: true, organisationId: true } });
    const early = credits.filter((c) => c.achievedOn < daysFromToday(-30));
    const late = credits.filter((c) => c.achievedOn >= daysFromToday(-30));
    expect(early.map((c) => c.netPence)).toEqual(Array(5).fill(oldNet));
    expect(late.map((c) => c.netPence)).toEqual(Array(5).fill(newNet));
    expect(late[0].netByYear).toEqual([43_200, 41_739]);
    expect(new Set(credits.map((c) => c.organisationId))).toEqual(new Set([police.id]));
  });

  it("the lead sees returns, payback and who saves equal to the hand calculation", async () => {
    const view = await loadLedger(lead, target, {});
    expect(view).not.toBeNull();
    const t = view!.figures.totals;
    const fiscal = 5 * oldNet + 5 * newNet; // 778,610
    const publicValue = fiscal + 10 * socialNet;
    expect(t.spent.value).toBe(50_000);
    expect(t.netFiscal.value).toBe(fiscal);
    expect(t.netSocial.value).toBe(10 * socialNet);
    expect(t.netPublicValue.value).toBe(publicValue);
    expect(t.fiscalRoi.value).toBeCloseTo(fiscal / 50_000, 10);
    expect(t.fiscalRoi.display).toBe("£15.57");
    expect(t.publicValueRoi.display).toBe(`£${(publicValue / 50_000).toFixed(2)}`);
    // Year 1 of the ten streams (5 × 36,000 + 5 × 43,200 = 396,000) covers £500: 50,000 / 396,000 of a year.
    expect(t.payback.value).toBeCloseTo(50_000 / 396_000, 10);
    expect(t.payback.display).toBe("0.1 years");
    expect(t.outcomes.display).toBe("10");
    const policeRow = view!.figures.organisations.find((r) => r.key === police.id);
    expect(policeRow).toMatchObject({ netBenefit: { value: fiscal }, shareOfSpend: { value: 0 }, netPosition: { value: fiscal } });
    const leadRow = view!.figures.organisations.find((r) => r.key === w.leadOrg.id);
    expect(leadRow).toMatchObject({ contributed: { value: 500_000 }, shareOfSpend: { value: 50_000 }, netPosition: { value: -50_000 } });
    const tenancy = view!.figures.interventions.find((r) => r.key === "TENANCY_SUPPORT");
    expect(tenancy).toMatchObject({ spent: { value: 50_000 }, outcomes: { value: 10 }, costPerOutcome: { value: 5_000 } });
  });

  it("a case's page shows its own costs and credited benefits", async () => {
    const ledger = await getCaseLedger(w.lead, caseIds[0]);
    expect(ledger).toMatchObject({ costPence: 10_000, netFiscalPence: oldNet + newNet, netPublicValuePence: oldNet + newNet + 2 * socialNet });
    expect(await getCaseLedger(w.outsider, caseIds[0])).toBeNull();
  });

  it("a locality lead of another place, and a worker of no team there, cannot see the neighbourhood's ledger", async () => {
    const otherLead = await createUser({ roles: [] });
    await db.roleAssignment.create({ data: { userId: otherLead.id, role: "LOCALITY_LEAD", localityId: w.elsewhere.locality.id } });
    expect(await loadLedger(await actorFor(otherLead.id), target, {})).toBeNull();
    expect(await loadLedger(w.outsider, target, {})).toBeNull();
    expect(await loadLedger(w.holder, target, {})).not.toBeNull();
  });

  it("the summaries the figures come from match a recount of the rows", async () => {
    expect(await db.$queryRawUnsafe(ledgerSummaryMismatchesSql)).toEqual([]);
  });
});

// A locality's figures come from the roll-up the triggers keep for it, not from its
// neighbourhoods' rows: here the locality has one neighbourhood with a ledger, so the two agree.
describe("the ledger of a locality", () => {
  const figuresOf = async (t: { locality: string; neighbourhood?: string }) => {
    const view = await loadLedger(w.admin, t, {});
    expect(view).not.toBeNull();
    const { totals, organisations, interventions } = view!.figures;
    return {
      totals: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, typeof v === "object" && v !== null ? v.value : v])),
      organisations: organisations.map((r) => [r.key, r.contributed.value, r.netBenefit.value, r.netPosition.value]),
      interventions: interventions.map((r) => [r.key, r.spent.value, r.outcomes.value]),
    };
  };

  it("reads the same figures as its one neighbourhood with a ledger", async () => {
    const locality = await figuresOf({ locality: target.locality });
    expect(locality.totals.spent).toBe(50_000);
    expect(locality.totals.netFiscal).toBe(5 * oldNet + 5 * newNet);
    expect(locality).toEqual(await figuresOf(target));
  });

  it("a neighbourhood moved to another locality takes its figures with it, and the roll-ups still match a recount", async () => {
    const before = await figuresOf(target);
    const other = await db.locality.findUniqueOrThrow({ where: { id: w.elsewhere.locality.id }, select: { slug: true } });
    const otherBefore = await figuresOf({ locality: other.slug });
    try {
      await db.neighbourhood.update({ where: { id: w.neighbourhood.id }, data: { localityId: w.elsewhere.locality.id } });
      // Left with no neighbourhood, the locality has no spend (or no ledger page at all).
      const emptied = await loadLedger(w.admin, { locality: target.locality }, {});
      expect(emptied?.figures.totals.spent.value ?? 0).toBe(0);
      const otherAfter = await figuresOf({ locality: other.slug });
      expect(otherAfter.totals.spent).toBe((otherBefore.totals.spent as number) + 50_000);
      expect(otherAfter.totals.netFiscal).toBe((otherBefore.totals.netFiscal as number) + (before.totals.netFiscal as number));
      expect(await db.$queryRawUnsafe(ledgerSummaryMismatchesSql)).toEqual([]);
    } finally {
      await db.neighbourhood.update({ where: { id: w.neighbourhood.id }, data: { localityId: w.localityId } });
    }
    expect(await figuresOf({ locality: target.locality })).toEqual(before);
  });
});
