import { describe, expect, it } from "vitest";
import { canViewLocality, canViewNeighbourhood, canViewPartnership, noPlaces, type PlaceScope } from "@/lib/places/place-access";

const scope = (s: Partial<PlaceScope>): PlaceScope => ({ ...noPlaces, ...s });
const boltonNeighbourhood = { id: "n-bolton", localityId: "bolton" };
const wiganNeighbourhood = { id: "n-wigan", localityId: "wigan" };

describe("who may see a place's dashboard", () => {
  it("lets an admin see the partnership and every place", () => {
    const admin = scope({ partnership: true });
    expect(canViewPartnership(admin)).toBe(true);
    expect(canViewLocality(admin, "wigan")).toBe(true);
    expect(canViewNeighbourhood(admin, wiganNeighbourhood)).toBe(true);
  });

  it("lets a locality lead see their locality and its neighbourhoods, and nothing else", () => {
    const lead = scope({ localityIds: new Set(["bolton"]) });
    expect(canViewPartnership(lead)).toBe(false);
    expect(canViewLocality(lead, "bolton")).toBe(true);
    expect(canViewNeighbourhood(lead, boltonNeighbourhood)).toBe(true);
    expect(canViewLocality(lead, "wigan")).toBe(false);
    expect(canViewNeighbourhood(lead, wiganNeighbourhood)).toBe(false);
  });

  it("lets a neighbourhood lead or team member see that neighbourhood but not its locality", () => {
    const member = scope({ neighbourhoodIds: new Set(["n-bolton"]) });
    expect(canViewNeighbourhood(member, boltonNeighbourhood)).toBe(true);
    expect(canViewLocality(member, "bolton")).toBe(false);
    expect(canViewNeighbourhood(member, { id: "n-other", localityId: "bolton" })).toBe(false);
  });

  it("lets nobody without a scope see anything", () => {
    expect(canViewPartnership(noPlaces)).toBe(false);
    expect(canViewLocality(noPlaces, "bolton")).toBe(false);
    expect(canViewNeighbourhood(noPlaces, boltonNeighbourhood)).toBe(false);
  });
});
