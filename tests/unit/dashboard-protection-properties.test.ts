// Property-based tests (fast-check) of the small-number rules: for any counts and relations,
// what is hidden and how a proportion is shown never gives a protected count away.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isSmallCount,
  proportionStep,
  protectCells,
  roundProportion,
  showCount,
  showProportion,
  type ShownCount,
} from "@/lib/domain/small-number-protection";

const world = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 400 })), { minLength: 2, maxLength: 14 })
  .chain((values) =>
    fc.record({
      values: fc.constant(values),
      relations: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: values.length - 1 }), { minLength: 2, maxLength: values.length }), { maxLength: 6 }),
    }),
  );

describe("small-number protection, for any counts and relations", () => {
  it("hides every count from 1 to 4, as <5", () => {
    fc.assert(
      fc.property(world, ({ values, relations }) => {
        const protection = protectCells(values, relations);
        values.forEach((v, i) => {
          if (isSmallCount(v)) expect(protection[i]).toBe("small");
        });
      }),
    );
  });

  it("leaves no relation with exactly one hidden count (the others would give it away)", () => {
    fc.assert(
      fc.property(world, ({ values, relations }) => {
        const protection = protectCells(values, relations);
        for (const members of relations) expect(members.filter((i) => protection[i] !== null).length).not.toBe(1);
      }),
    );
  });

  it("hides nothing it need not: without small counts nothing is hidden", () => {
    fc.assert(
      fc.property(world, ({ values, relations }) => {
        const big = values.map((v) => (isSmallCount(v) ? v + 10 : v));
        expect(protectCells(big, relations).every((p) => p === null)).toBe(true);
      }),
    );
  });
});

const shown = (value: number, protection: ShownCount["protection"]): ShownCount =>
  protection ? showCount(value, protection === "rounded" ? null : protection) : showCount(value, null);

describe("a proportion of protected counts", () => {
  const answers = fc.integer({ min: 1, max: 2_000 }).chain((d) => fc.record({ d: fc.constant(d), n: fc.integer({ min: 0, max: d }) }));

  it("is exact when nothing behind it is hidden", () => {
    fc.assert(
      fc.property(answers, ({ n, d }) => {
        const p = showProportion(n, d, [shown(n, null), shown(d - n, null)]);
        expect(p.value).toBe(n / d);
        expect(p.display).toBe(`${Math.round((n / d) * 100)}%`);
      }),
    );
  });

  it("is hidden when a count behind it is from 1 to 4, whatever the total", () => {
    fc.assert(
      fc.property(answers, ({ n, d }) => {
        fc.pre(isSmallCount(n) || isSmallCount(d - n));
        const p = showProportion(n, d, [shown(n, isSmallCount(n) ? "small" : "protected"), shown(d - n, isSmallCount(d - n) ? "small" : null)]);
        expect(p.display).toBe("[c]");
      }),
    );
  });

  it("when shown rounded, is consistent with at least two numerators, even to a reader who knows the total", () => {
    fc.assert(
      fc.property(answers, ({ n, d }) => {
        fc.pre(!isSmallCount(n) && !isSmallCount(d - n));
        const p = showProportion(n, d, [shown(n, "protected"), shown(d - n, null)]);
        if (d < 20) {
          expect(p.display).toBe("[c]");
          return;
        }
        const step = proportionStep(d) as number;
        expect(p.display).toBe(`about ${Math.round(roundProportion(n / d, step) * 100)}%`);
        const consistent = Array.from({ length: d + 1 }, (_, k) => k).filter((k) => roundProportion(k / d, step) === p.value);
        expect(consistent).toContain(n);
        expect(consistent.length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 500 },
    );
  });
});
