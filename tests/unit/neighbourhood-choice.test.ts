// Where the open-a-case form starts, and when it warns.
import { describe, expect, it } from "vitest";
import { defaultNeighbourhood, isOutsideUsualArea, listInWords, neighbourhoodHint } from "@/lib/cases/neighbourhood-choice";

describe("the neighbourhood of a new case", () => {
  it("starts from the person's postcode, else the worker's team, else nothing", () => {
    expect(defaultNeighbourhood("n-postcode", "n-team")).toEqual({ id: "n-postcode", source: "postcode" });
    expect(defaultNeighbourhood(null, "n-team")).toEqual({ id: "n-team", source: "team" });
    expect(defaultNeighbourhood(null, null)).toBeNull();
  });

  it("warns only for a locality outside a known usual area", () => {
    expect(isOutsideUsualArea("bolton", ["manchester"])).toBe(true);
    expect(isOutsideUsualArea("manchester", ["manchester", "salford"])).toBe(false);
    // An organisation with no recent cases or team members has no usual area to be outside of.
    expect(isOutsideUsualArea("bolton", [])).toBe(false);
    expect(isOutsideUsualArea(null, ["manchester"])).toBe(false);
  });

  it("says in the hint where the choice came from and what the usual area is", () => {
    expect(listInWords(["Bolton", "Bury", "Wigan"])).toBe("Bolton, Bury and Wigan");
    const hint = neighbourhoodHint({ id: "x", source: "postcode" }, ["Bolton", "Bury"]);
    expect(hint).toContain("Chosen from the person’s postcode");
    expect(hint).toContain("Your organisation’s usual area is Bolton and Bury: the localities where it has led cases in the last 12 months");
    expect(neighbourhoodHint(null, [])).toBe("Where the person lives.");
  });
});
