// Small-number protection of the ledger's figures (lib/ledger/build-ledger.ts), on rows made up
// for the purpose: what rests on 1 to 4 outcomes or spend entries is hidden, and so is the figure
// that would give it away.
import { describe, expect, it } from "vitest";
import { buildLedgerFigures } from "@/lib/ledger/build-ledger";
import type { LedgerRows } from "@/lib/ledger/ledger-sql";

const period = { from: "2026-01", to: "2026-03" } as const;
const org = (id: string, name: string, type = "POLICE") => ({ id, name, type });

function rows(overrides: Partial<LedgerRows>): LedgerRows {
  return { benefits: [], payback: [], spend: [], budgetSpend: [], outcomes: [], contributions: [], shares: [], organisations: [org("a", "Police A"), org("b", "Trust B", "NHS_TRUST"), org("c", "Council C", "LOCAL_AUTHORITY")], outcomeTypes: [{ id: "t", name: "Outcome T" }], ...overrides };
}

const fiscal = (organisationKey: string, net: number, outcomes: number) => ({ month: "2026-02", kind: "FISCAL" as const, organisationKey, typeKey: "POLICE", gross: BigInt(net * 2), net: BigInt(net), outcomes, });

describe("ledger figures and small numbers", () => {
  it("hides the benefits, returns and payback of a place whose figures rest on 3 outcomes", () => {
    const f = buildLedgerFigures(rows({ benefits: [fiscal("a", 9_000, 3)], outcomes: [{ month: "2026-02", outcomeTypeId: "t", outcomes: 3 }], spend: [{ month: "2026-02", intervention: "OTHER", spent: 100_000n, entries: 9, outcomes: 0 }], budgetSpend: [{ budgetId: "x", spent: 100_000n }] }), period);
    expect(f.totals.outcomes.display).toBe("<5");
    expect(f.totals.netFiscal.display).toBe("<5");
    expect(f.totals.fiscalRoi.display).toBe("[c]");
    expect(f.totals.payback.display).toBe("[c]");
    expect(f.totals.spent.display).toBe("£1,000");
  });

  it("hides an organisation resting on 2 outcomes, and the next smallest so the total cannot give it away", () => {
    const f = buildLedgerFigures(rows({ benefits: [fiscal("a", 50_000, 10), fiscal("b", 2_000, 2), fiscal("c", 90_000, 20)], outcomes: [{ month: "2026-02", outcomeTypeId: "t", outcomes: 32 }] }), period);
    const byKey = Object.fromEntries(f.organisations.map((r) => [r.key, r.netBenefit.display]));
    expect(byKey).toEqual({ a: "[c]", b: "<5", c: "£900" });
    expect(f.totals.netFiscal.display).toBe("£1,420");
  });

  it("hides spend resting on fewer than 5 entries, and everything worked out from it", () => {
    const f = buildLedgerFigures(rows({ benefits: [fiscal("a", 50_000, 10)], outcomes: [{ month: "2026-02", outcomeTypeId: "t", outcomes: 10 }], spend: [{ month: "2026-02", intervention: "OTHER", spent: 100_000n, entries: 2, outcomes: 0 }], budgetSpend: [{ budgetId: "x", spent: 100_000n }], shares: [{ budgetId: "x", organisationId: "c", amount: 1n }] }), period);
    expect(f.totals.spent.display).toBe("<5");
    expect(f.totals.fiscalRoi.display).toBe("[c]");
    expect(f.organisations.find((r) => r.key === "c")?.shareOfSpend.display).toBe("[c]");
  });

  it("shares a budget's spend among its contributors in proportion, adding up exactly", () => {
    const f = buildLedgerFigures(rows({ spend: [{ month: "2026-01", intervention: "OTHER", spent: 100_001n, entries: 8, outcomes: 0 }], budgetSpend: [{ budgetId: "x", spent: 100_001n }], shares: [{ budgetId: "x", organisationId: "a", amount: 1n }, { budgetId: "x", organisationId: "b", amount: 2n }] }), period);
    const shares = f.organisations.map((r) => r.shareOfSpend.value ?? 0);
    expect(shares.reduce((s, v) => s + v, 0)).toBe(100_001);
    expect(f.totals.payback.display).toBe("Not yet paid back");
    expect(f.totals.paidBack).toBe(false);
  });
});
