import { describe, expect, it } from "vitest";
import { mapClasses } from "@/components/map/classes";

describe("map classes", () => {
  it("give rates round classes of the precision they are shown in", () => {
    const { classes, classOf } = mapClasses([0.62, 0.74, 0.79, 0.86, 1.01], 0.1);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [0.6, 0.6],
      [0.7, 0.7],
      [0.8, 0.8],
      [0.9, 0.9],
      [1, 1],
    ]);
    // 0.79 is shown as 0.8, so it is in the 0.8 class.
    expect(classOf(0.79)?.from).toBe(0.8);
    expect(classOf(0.62)?.index).toBe(0);
  });

  it("give counts whole-number ranges", () => {
    const { classes, classOf } = mapClasses([3, 12, 40], 1);
    expect(classes[0]).toEqual({ index: 0, from: 0, to: 9 });
    expect(classes.at(-1)?.to).toBeGreaterThanOrEqual(40);
    expect(classOf(12)?.from).toBe(10);
  });

  it("have one class when every value is the same, and none for no values", () => {
    expect(mapClasses([3, 3]).classes).toEqual([{ index: 0, from: 3, to: 3 }]);
    expect(mapClasses([]).classes).toEqual([]);
  });
});
