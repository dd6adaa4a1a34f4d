// Who may see which place's dashboard (DOMAIN.md: "locality leads see aggregates for their
// area"): partnership admins every place; a locality lead the localities and neighbourhoods their
// role names; a frontline worker the neighbourhoods of the teams they belong to. Pure, so the
// rule is tested on its own; lib/places/place-scope.ts loads the facts.
export type PlaceScope = {
  /** Partnership-wide aggregates (admins). */
  partnership: boolean;
  /** Localities led as a whole. */
  localityIds: ReadonlySet<string>;
  /** Neighbourhoods led on their own, or served by the worker's team. */
  neighbourhoodIds: ReadonlySet<string>;
  /** Whether the overview of led places (/places) is theirs to see. */
  overview: boolean;
};

export function canViewPartnership(scope: PlaceScope): boolean {
  return scope.partnership;
}

export function canViewLocality(scope: PlaceScope, localityId: string): boolean {
  return scope.partnership || scope.localityIds.has(localityId);
}

export function canViewNeighbourhood(scope: PlaceScope, neighbourhood: { id: string; localityId: string }): boolean {
  return canViewLocality(scope, neighbourhood.localityId) || scope.neighbourhoodIds.has(neighbourhood.id);
}

export const noPlaces: PlaceScope = { partnership: false, localityIds: new Set(), neighbourhoodIds: new Set(), overview: false };
