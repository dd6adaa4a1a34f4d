import { describe, expect, it } from "vitest";
import { ticks } from "@/components/charts/scale";

describe("chart axes", () => {
  it.each([
    [0, [0, 1, 2, 3, 4, 5]],
    [3, [0, 1, 2, 3, 4, 5]],
    [5, [0, 1, 2, 3, 4, 5]],
    [6, [0, 2, 4, 6]],
    [13, [0, 5, 10, 15]],
    [20, [0, 5, 10, 15, 20]],
    [112, [0, 20, 40, 60, 80, 100, 120]],
    [250, [0, 50, 100, 150, 200, 250]],
    [1234, [0, 250, 500, 750, 1000, 1250]],
  ])("tick whole numbers up to at least %i", (max, expected) => {
    expect(ticks(max)).toEqual(expected);
  });
});
