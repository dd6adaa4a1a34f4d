import { describe, expect, it } from "vitest";
import { protectCells, showCount, showDerived } from "@/lib/domain/small-number-protection";

const hiddenOf = (values: number[], relations: number[][], fixed?: Map<number, boolean>) =>
  protectCells(values, relations, fixed).map((p, i) => (p ? `${i}:${p}` : null)).filter(Boolean);

describe("small-number protection", () => {
  it("hides counts from 1 to 4 and shows 0 and 5 or more", () => {
    expect(hiddenOf([0, 1, 4, 5, 120], [])).toEqual(["1:small", "2:small"]);
    expect(showCount(3, "small")).toEqual({ display: "<5", value: null, protection: "small" });
    expect(showCount(1234, null)).toEqual({ display: "1,234", value: 1234, protection: null });
    expect(showCount(12, "protected").display).toBe("[c]");
  });

  it("hides the next smallest count when a total would give a hidden one away", () => {
    // Neighbourhoods 12, 3, 20 and their locality total 35: 35 − 12 − 20 = 3 unless 12 is hidden too.
    expect(hiddenOf([12, 3, 20, 35], [[0, 1, 2, 3]])).toEqual(["0:protected", "1:small"]);
  });

  it("needs nothing more when two counts in a relation are already hidden", () => {
    expect(hiddenOf([2, 3, 20, 25], [[0, 1, 2, 3]])).toEqual(["0:small", "1:small"]);
  });

  it("never chooses a zero while a non-zero count can be hidden", () => {
    expect(hiddenOf([0, 3, 9, 12], [[0, 1, 2, 3]])).toEqual(["1:small", "2:protected"]);
  });

  it("follows a hidden complement into the other relations it is part of (rows and columns)", () => {
    // A 2×2 table with row and column totals:
    //   a=3  b=10 | 13
    //   c=8  d=9  | 17
    //   11   19   | 30
    const values = [3, 10, 8, 9, 13, 17, 11, 19, 30];
    const relations = [
      [0, 1, 4],
      [2, 3, 5],
      [0, 2, 6],
      [1, 3, 7],
      [4, 5, 8],
      [6, 7, 8],
    ];
    const protection = protectCells(values, relations);
    for (const members of relations) {
      expect(members.filter((m) => protection[m] !== null)).not.toHaveLength(1);
    }
    expect(protection[0]).toBe("small");
  });

  it("keeps cells decided at a higher level as they were decided", () => {
    // The locality total (index 3) was hidden with the other localities: the neighbourhoods must
    // not add up to it, so the smallest of them is hidden.
    expect(hiddenOf([6, 9, 20, 35], [[0, 1, 2, 3]], new Map([[3, true]]))).toEqual(["0:protected", "3:protected"]);
    // A total kept visible higher up is never chosen as the complement.
    expect(hiddenOf([30, 3, 0, 33], [[0, 1, 2, 3]], new Map([[3, false]]))).toEqual(["0:protected", "1:small"]);
  });

  it("does not show a rate worked out from a hidden count", () => {
    const percent = (v: number) => `${Math.round(v * 100)}%`;
    expect(showDerived(0.5, [showCount(10, null), showCount(3, "small")], percent).display).toBe("[c]");
    expect(showDerived(0.5, [showCount(10, null), showCount(20, null)], percent).display).toBe("50%");
    expect(showDerived(null, [showCount(0, null)], percent).display).toBe("–");
  });
});
