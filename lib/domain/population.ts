// The GM model sizes neighbourhoods at 30,000–50,000 residents; outside that is allowed but flagged.
export const neighbourhoodPopulationRange = { min: 30_000, max: 50_000 } as const;

export function isPopulationOutsideModel(population: number): boolean {
  return population < neighbourhoodPopulationRange.min || population > neighbourhoodPopulationRange.max;
}
