// The GM cost–benefit arithmetic against hand calculations, and its properties on random inputs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addByYear, apportion, benefitStream, paybackYears, returnOnInvestment } from "@/lib/domain/cost-benefit";
import { formatPence, parsePercent, parsePounds } from "@/lib/domain/money";
import { creditsForOutcome, type UnitCostVersion } from "@/lib/domain/outcome-credits";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("benefitStream (hand-checked)", () => {
  it("adjusts £1,000 a year for 20% deadweight, 50% attribution and 10% optimism bias, over 3 years at 3.5%", () => {
    // Net per year before discounting: £1,000 × 0.8 × 0.5 × 0.9 = £360.
    // Year 1: 36,000p; year 2: 36,000 / 1.035 = 34,782.6 → 34,783p; year 3: 36,000 / 1.035² = 33,606.4 → 33,606p.
    const stream = benefitStream({ annualPence: 100_000, years: 3, deadweightBasisPoints: 2000, attributionBasisPoints: 5000, optimismBiasBasisPoints: 1000, shareOf: 1 });
    expect(stream.netByYear).toEqual([36_000, 34_783, 33_606]);
    expect(stream.net).toBe(104_389);
    // Gross: 100,000; 96,618.4 → 96,618; 93,351.1 → 93,351.
    expect(stream.grossByYear).toEqual([100_000, 96_618, 93_351]);
    expect(stream.gross).toBe(289_969);
  });

  it("shares a benefit between two organisations, each share rounded on its own", () => {
    const stream = benefitStream({ annualPence: 1_001, years: 1, deadweightBasisPoints: 0, attributionBasisPoints: 10_000, optimismBiasBasisPoints: 0, shareOf: 2 });
    expect(stream.net).toBe(501); // 500.5 rounds half up
  });

  it("rounds half a penny up, and only once per year", () => {
    // 1p × 50% attribution = 0.5p → 1p.
    expect(benefitStream({ annualPence: 1, years: 1, deadweightBasisPoints: 0, attributionBasisPoints: 5000, optimismBiasBasisPoints: 0, shareOf: 1 }).net).toBe(1);
  });
});

describe("a unit-cost change part-way through a period", () => {
  const base = { outcomeTypeId: "t", beneficiaryType: "POLICE" as const, beneficiaryOrganisationId: null, economicPencePerYear: 0, socialPencePerYear: 0, years: 2, deadweightBasisPoints: 2000, attributionBasisPoints: 5000, optimismBiasBasisPoints: 1000 };
  const versions: UnitCostVersion[] = [
    { ...base, id: "old", fiscalPencePerYear: 100_000, effectiveFrom: day("2024-04-01"), effectiveTo: day("2026-01-01") },
    { ...base, id: "new", fiscalPencePerYear: 120_000, effectiveFrom: day("2026-01-01"), effectiveTo: null },
  ];
  const police = () => ["police-force"];

  it("values an outcome before the change with the old version and one after with the new", () => {
    const before = creditsForOutcome({ outcomeTypeId: "t", achievedOn: day("2025-12-31") }, versions, police);
    const after = creditsForOutcome({ outcomeTypeId: "t", achievedOn: day("2026-01-01") }, versions, police);
    expect(before.map((c) => [c.unitCostId, c.netPence])).toEqual([["old", 36_000 + 34_783]]);
    // £1,200 × 0.36 = 43,200p, then 43,200 / 1.035 = 41,739.1 → 41,739p.
    expect(after.map((c) => [c.unitCostId, c.netPence])).toEqual([["new", 43_200 + 41_739]]);
    expect(after[0]).toMatchObject({ organisationId: "police-force", kind: "FISCAL", countsOutcome: true });
  });

  it("credits nobody (but keeps the type) when the place has no organisation of the type", () => {
    const credits = creditsForOutcome({ outcomeTypeId: "t", achievedOn: day("2026-02-01") }, versions, () => []);
    expect(credits).toMatchObject([{ organisationId: null, beneficiaryType: "POLICE", shareOf: 1 }]);
  });

  it("splits between two organisations of the type, counting the outcome once for each", () => {
    const credits = creditsForOutcome({ outcomeTypeId: "t", achievedOn: day("2026-02-01") }, versions, () => ["b", "a"]);
    expect(credits.map((c) => [c.organisationId, c.shareOf, c.countsOutcome])).toEqual([["a", 2, true], ["b", 2, true]]);
  });
});

describe("returns and payback", () => {
  it("gives benefits per pound spent", () => {
    expect(returnOnInvestment(241_000, 100_000)).toBeCloseTo(2.41);
    expect(returnOnInvestment(5, 0)).toBeNull();
  });

  it("pays back part-way through the year the benefits reach the cost", () => {
    // 600 in year 1, 400 in year 2: a cost of 800 is reached half-way through year 2.
    expect(paybackYears(800, [600, 400])).toBeCloseTo(1.5);
    expect(paybackYears(300, [600])).toBeCloseTo(0.5);
    expect(paybackYears(1_001, [600, 400])).toBeNull();
  });

  it("adds year-by-year values of different lengths", () => {
    expect(addByYear([1, 2, 3], [10])).toEqual([11, 2, 3]);
  });
});

describe("properties on random inputs", () => {
  const streamInput = fc.record({
    annualPence: fc.integer({ min: 0, max: 100_000_000 }),
    years: fc.integer({ min: 1, max: 10 }),
    deadweightBasisPoints: fc.integer({ min: 0, max: 10_000 }),
    attributionBasisPoints: fc.integer({ min: 0, max: 10_000 }),
    optimismBiasBasisPoints: fc.integer({ min: 0, max: 10_000 }),
    shareOf: fc.integer({ min: 1, max: 5 }),
  });

  it("net never exceeds gross, and later years are never worth more than earlier ones", () => {
    fc.assert(
      fc.property(streamInput, (input) => {
        const s = benefitStream(input);
        expect(s.net).toBeLessThanOrEqual(s.gross);
        s.grossByYear.forEach((v, i) => i > 0 && expect(v).toBeLessThanOrEqual(s.grossByYear[i - 1]));
        expect(s.gross).toBeLessThanOrEqual(Math.ceil((input.annualPence * input.years) / input.shareOf) + input.years);
      }),
    );
  });

  it("each year is within half a penny of the exact value", () => {
    fc.assert(
      fc.property(streamInput, (input) => {
        const s = benefitStream(input);
        const factor = ((10_000 - input.deadweightBasisPoints) / 10_000) * (input.attributionBasisPoints / 10_000) * ((10_000 - input.optimismBiasBasisPoints) / 10_000);
        s.netByYear.forEach((v, y) => expect(Math.abs(v - (input.annualPence * factor) / input.shareOf / 1.035 ** y)).toBeLessThanOrEqual(0.5 + 1e-6));
      }),
    );
  });

  it("apportion always adds up to the total, each part within a penny of its exact share", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 8 }), (total, weights) => {
        const parts = apportion(total, weights);
        const weightSum = weights.reduce((a, b) => a + b, 0);
        if (weightSum === 0) return expect(parts.every((p) => p === 0)).toBe(true);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        parts.forEach((p, i) => expect(Math.abs(p - (total * weights[i]) / weightSum)).toBeLessThan(1));
      }),
    );
  });

  it("paid back exactly when the years together reach the cost", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(fc.integer({ min: 0, max: 500_000 }), { maxLength: 10 }), (cost, years) => {
        const payback = paybackYears(cost, years);
        const total = years.reduce((a, b) => a + b, 0);
        expect(payback === null).toBe(total < cost);
        if (payback !== null) expect(payback).toBeLessThanOrEqual(years.length);
      }),
    );
  });
});

describe("money as typed and shown", () => {
  it("reads pounds with or without the sign, separators and pence", () => {
    expect(parsePounds("£1,250.50")).toBe(125_050);
    expect(parsePounds("1250.5")).toBe(125_050);
    expect(parsePounds("500")).toBe(50_000);
    expect(parsePounds("12,34")).toBeNull();
    expect(parsePounds("-5")).toBeNull();
    expect(parsePounds("1.234")).toBeNull();
  });

  it("reads percentages into basis points", () => {
    expect(parsePercent("12.5")).toBe(1250);
    expect(parsePercent("100%")).toBe(10_000);
    expect(parsePercent("101")).toBeNull();
  });

  it("shows pence as pounds with thousands separators", () => {
    expect(formatPence(123_456_789)).toBe("£1,234,567.89");
  });
});
