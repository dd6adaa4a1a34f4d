// Where a new case starts on the form: the neighbourhood of the person's postcode, else the
// neighbourhood of the worker's own team; and whether a neighbourhood lies outside the
// organisation's usual area (see usual-area.ts for what that is), which the form warns about.
export type NeighbourhoodDefault = { id: string; source: "postcode" | "team" } | null;

export function defaultNeighbourhood(fromPostcode: string | null, fromTeam: string | null): NeighbourhoodDefault {
  if (fromPostcode) return { id: fromPostcode, source: "postcode" };
  if (fromTeam) return { id: fromTeam, source: "team" };
  return null;
}

/** Outside the usual area: a locality the organisation has no recent cases or team members in. */
export function isOutsideUsualArea(localityId: string | null, usualLocalityIds: readonly string[]): boolean {
  return localityId !== null && usualLocalityIds.length > 0 && !usualLocalityIds.includes(localityId);
}

/** "Bolton", "Bolton and Bury", "Bolton, Bury and Wigan". */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The neighbourhood field's hint: where the choice came from, and what the usual area is. */
export function neighbourhoodHint(start: NeighbourhoodDefault, usualAreaNames: readonly string[]): string {
  const from =
    start?.source === "postcode"
      ? "Chosen from the person’s postcode: change it if they live elsewhere."
      : start?.source === "team"
        ? "The person’s postcode is not known here, so this is your team’s neighbourhood: change it to where they live."
        : "Where the person lives.";
  const usual = usualAreaNames.length
    ? ` Your organisation’s usual area is ${listInWords(usualAreaNames)}: the localities where it has led cases in the last 12 months or has people in a neighbourhood team.`
    : "";
  return `${from}${usual}`;
}
