// Small-number protection as properties over random tables: parts and their totals, tables with
// row and column totals (cells in two relations), and cells decided elsewhere.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { protectCells, showCount, showDerived, type Protection } from "@/lib/domain/small-number-protection";
import { suppressCount } from "@/lib/domain/suppression";

const small = (v: number) => v >= 1 && v <= 4;
// Counts as dashboards see them: many zeros and small numbers, some large.
const count = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 9 }) }, { weight: 1, arbitrary: fc.integer({ min: 10, max: 5000 }) });

type Table = { values: number[]; relations: number[][] };

/** Groups of parts, each published with its total: cells [parts…, total], one relation per group. */
const partsAndTotals: fc.Arbitrary<Table> = fc.array(fc.array(count, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 }).map((groups) => {
  const values: number[] = [];
  const relations: number[][] = [];
  for (const parts of groups) {
    const start = values.length;
    values.push(...parts, parts.reduce((a, b) => a + b, 0));
    relations.push([...Array(parts.length + 1).keys()].map((i) => start + i));
  }
  return { values, relations };
});

/** An r×c table with row totals, column totals and a grand total: every cell in two relations. */
const crossTable: fc.Arbitrary<Table> = fc
  .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }))
  .chain(([rows, cols]) => fc.array(fc.array(count, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }))
  .map((grid) => {
    const rows = grid.length;
    const cols = grid[0].length;
    const at = (r: number, c: number) => r * (cols + 1) + c; // column `cols` holds row totals, row `rows` column totals
    const values = Array<number>((rows + 1) * (cols + 1)).fill(0);
    grid.forEach((row, r) => row.forEach((v, c) => (values[at(r, c)] = v)));
    for (let r = 0; r < rows; r += 1) values[at(r, cols)] = grid[r].reduce((a, b) => a + b, 0);
    for (let c = 0; c <= cols; c += 1) values[at(rows, c)] = [...Array(rows).keys()].reduce((sum, r) => sum + values[at(r, c)], 0);
    const relations = [
      ...[...Array(rows + 1).keys()].map((r) => [...Array(cols + 1).keys()].map((c) => at(r, c))),
      ...[...Array(cols + 1).keys()].map((c) => [...Array(rows + 1).keys()].map((r) => at(r, c))),
    ];
    return { values, relations };
  });

const anyTable = fc.oneof(partsAndTotals, crossTable);
const hidden = (p: Protection) => p !== null;

describe("small-number protection (properties)", () => {
  it("never shows a count from 1 to 4, and marks exactly those as \"<5\"", () => {
    fc.assert(
      fc.property(anyTable, ({ values, relations }) => {
        const protection = protectCells(values, relations);
        values.forEach((v, i) => {
          expect(protection[i] === "small", `cell ${i} = ${v}`).toBe(small(v));
          if (small(v)) expect(showCount(v, protection[i]).value).toBeNull();
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves no relation with exactly one hidden cell: a total minus the shown parts never gives one away", () => {
    fc.assert(
      fc.property(anyTable, ({ values, relations }) => {
        const protection = protectCells(values, relations);
        for (const members of relations) {
          const unknown = members.filter((cell) => hidden(protection[cell]));
          // What someone subtracting the shown figures from the total could work out alone.
          expect(unknown.length, `relation ${members.join(",")} of ${values.join(",")}`).not.toBe(1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("hides nothing beyond the small counts when there are none, and hides only what a relation needs", () => {
    fc.assert(
      fc.property(anyTable, ({ values, relations }) => {
        const protection = protectCells(values, relations);
        if (!values.some(small)) expect(protection.every((p) => p === null)).toBe(true);
        // Every secondary suppression is in a relation that has another hidden cell.
        protection.forEach((p, cell) => {
          if (p === "protected") {
            expect(relations.some((members) => members.includes(cell) && members.some((other) => other !== cell && hidden(protection[other])))).toBe(true);
          }
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps cells decided elsewhere as decided, and still leaves no relation exposed where it can hide another cell", () => {
    const withFixed = anyTable.chain((table) =>
      fc
        .array(fc.tuple(fc.integer({ min: 0, max: table.values.length - 1 }), fc.boolean()), { maxLength: 4 })
        .map((pairs) => ({ ...table, fixed: new Map(pairs) })),
    );
    fc.assert(
      fc.property(withFixed, ({ values, relations, fixed }) => {
        const protection = protectCells(values, relations, fixed);
        for (const [cell, isHidden] of fixed) expect(hidden(protection[cell]), `fixed cell ${cell}`).toBe(isHidden);
        for (const members of relations) {
          const unknown = members.filter((cell) => hidden(protection[cell]));
          const couldHide = members.some((cell) => !hidden(protection[cell]) && !fixed.has(cell));
          if (couldHide) expect(unknown.length).not.toBe(1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("decides the same again when its own answer is given as fixed (every page hides a figure the same way)", () => {
    fc.assert(
      fc.property(anyTable, ({ values, relations }) => {
        const first = protectCells(values, relations);
        const again = protectCells(values, relations, new Map(first.map((p, i) => [i, hidden(p)])));
        expect(again.map(hidden)).toEqual(first.map(hidden));
      }),
      { numRuns: 1000 },
    );
  });

  it("shows a hidden count only as \"<5\" or \"[c]\", and hides every figure worked out from one", () => {
    fc.assert(
      fc.property(count, fc.constantFrom<Protection>("small", "protected", null), fc.double({ noNaN: true }), (value, protection, derived) => {
        const shown = showCount(value, protection);
        if (protection) expect(shown).toEqual({ display: protection === "small" ? "<5" : "[c]", value: null, protection });
        else expect(shown.value).toBe(value);
        const rate = showDerived(derived, [shown, showCount(10, null)], (v) => v.toFixed(1));
        expect(rate.value === null).toBe(protection !== null || !Number.isFinite(derived));
        if (protection) expect(rate.display).toBe("[c]");
      }),
    );
  });

  it("suppressCount shows \"<5\" for 1 to 4 and the count itself otherwise", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        const shown = suppressCount(n);
        if (small(n)) expect(shown).toEqual({ display: "<5", value: null });
        else expect([shown.value, Number(shown.display.replace(/,/g, ""))]).toEqual([n, n]);
      }),
    );
  });
});
