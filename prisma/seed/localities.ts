// The ten Greater Manchester localities (boroughs) with their ONS district codes, and the
// postcode districts used to make up plausible demo postcodes for each.

export const localitySpecs = [
  {
    code: "E08000001",
    name: "Bolton",
    prefix: "BOL",
    postcodeDistricts: ["BL1", "BL2", "BL3", "BL4", "BL5", "BL6", "BL7"],
  },
  { code: "E08000002", name: "Bury", prefix: "BUR", postcodeDistricts: ["BL0", "BL8", "BL9"] },
  {
    code: "E08000003",
    name: "Manchester",
    prefix: "MAN",
    postcodeDistricts: [
      "M4",
      "M8",
      "M9",
      "M11",
      "M12",
      "M13",
      "M14",
      "M15",
      "M18",
      "M19",
      "M20",
      "M21",
      "M22",
      "M23",
      "M40",
    ],
  },
  { code: "E08000004", name: "Oldham", prefix: "OLD", postcodeDistricts: ["OL1", "OL2", "OL3", "OL4", "OL8", "OL9"] },
  { code: "E08000005", name: "Rochdale", prefix: "ROC", postcodeDistricts: ["OL10", "OL11", "OL12", "OL15", "OL16"] },
  {
    code: "E08000006",
    name: "Salford",
    prefix: "SAL",
    postcodeDistricts: ["M3", "M5", "M6", "M7", "M27", "M28", "M30", "M38", "M44"],
  },
  {
    code: "E08000007",
    name: "Stockport",
    prefix: "STO",
    postcodeDistricts: ["SK1", "SK2", "SK3", "SK4", "SK5", "SK6", "SK7", "SK8"],
  },
  { code: "E08000008", name: "Tameside", prefix: "TAM", postcodeDistricts: ["OL5", "OL6", "OL7"] },
  { code: "E08000009", name: "Trafford", prefix: "TRA", postcodeDistricts: ["M16", "M17", "M31", "M32", "M33", "M41"] },
  {
    code: "E08000010",
    name: "Wigan",
    prefix: "WIG",
    postcodeDistricts: ["WN1", "WN2", "WN3", "WN4", "WN5", "WN6", "WN7"],
  },
] as const;

export type LocalityName = (typeof localitySpecs)[number]["name"];

export const allLocalityNames: readonly LocalityName[] = localitySpecs.map((spec) => spec.name);

/**
 * How deprived each borough is on the whole, as a multiplier of demand (1 = the Greater
 * Manchester average). Illustrative, in the order of the boroughs' Index of Multiple
 * Deprivation ranks: Manchester, Rochdale and Oldham most deprived; Trafford and Stockport least.
 */
export const localityDeprivation: Record<LocalityName, number> = {
  Manchester: 1.35,
  Rochdale: 1.25,
  Oldham: 1.2,
  Salford: 1.2,
  Bolton: 1.1,
  Tameside: 1.1,
  Wigan: 1.0,
  Bury: 0.9,
  Stockport: 0.8,
  Trafford: 0.7,
};

/** How many neighbourhoods each locality's wards are grouped into (Manchester has 12 teams). */
export function neighbourhoodCountFor(locality: LocalityName, wardCount: number): number {
  return locality === "Manchester" ? 12 : Math.round(wardCount / 3);
}
