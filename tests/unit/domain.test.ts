import { describe, expect, it } from "vitest";
import { formatCaseReference, parseCaseReference } from "@/lib/domain/case-reference";
import { isPopulationOutsideModel } from "@/lib/domain/population";
import { suppressCount } from "@/lib/domain/suppression";

describe("case references", () => {
  it("are GT- and six digits", () => {
    expect(formatCaseReference(123)).toBe("GT-000123");
    expect(formatCaseReference(1234567)).toBe("GT-1234567");
  });

  it("are read back from what people type", () => {
    expect(parseCaseReference("GT-000123")).toBe(123);
    expect(parseCaseReference(" gt123 ")).toBe(123);
    expect(parseCaseReference("123")).toBe(123);
    expect(parseCaseReference("GT-12a")).toBeNull();
    expect(parseCaseReference("")).toBeNull();
  });
});

describe("small-number suppression", () => {
  it.each([1, 2, 3, 4])("shows %i as <5 with no value", (count) => {
    expect(suppressCount(count)).toEqual({ display: "<5", value: null });
  });

  it.each([
    [0, "0"],
    [5, "5"],
    [12345, "12,345"],
  ])("shows %i as %s", (count, display) => {
    expect(suppressCount(count)).toEqual({ display, value: count });
  });
});

describe("neighbourhood population", () => {
  it("flags populations outside 30,000–50,000 only", () => {
    expect(isPopulationOutsideModel(29_999)).toBe(true);
    expect(isPopulationOutsideModel(30_000)).toBe(false);
    expect(isPopulationOutsideModel(50_000)).toBe(false);
    expect(isPopulationOutsideModel(50_001)).toBe(true);
  });
});
