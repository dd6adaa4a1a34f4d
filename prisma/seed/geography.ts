// Demo geography: the ten GM localities, their real 2013 wards (ONS, Open Government Licence)
// and neighbourhoods of 2–4 nearby wards with illustrative populations.
import { readFileSync } from "node:fs";
import { neighbourhoodPopulationRange } from "@/lib/domain/population";
import { slugify } from "@/lib/domain/slug";
import type { Prisma } from "@/lib/generated/prisma/client";
import { localityDeprivation, localitySpecs, neighbourhoodCountFor, type LocalityName } from "./localities";
import { Rng, seedOf } from "./random";
import { centroidOf, groupNearbyPoints, polygonsTouch } from "./ward-grouping";

type Polygon = number[][][];
type WardGeometry = { type: "Polygon"; coordinates: Polygon } | { type: "MultiPolygon"; coordinates: Polygon[] };
interface WardFeature {
  properties: { WD13CD: string; WD13NM: string };
  geometry: WardGeometry;
}

export interface SeedLocality {
  id: string;
  code: string;
  name: LocalityName;
  slug: string;
  prefix: string;
  postcodeDistricts: readonly string[];
}

export interface SeedWard {
  code: string;
  name: string;
  locality: SeedLocality;
  /** Illustrative only: the ward files carry no populations. */
  population: number;
  polygons: Polygon[];
}

export interface SeedNeighbourhood {
  id: string;
  code: string;
  name: string;
  slug: string;
  locality: SeedLocality;
  population: number;
  /**
   * Illustrative deprivation index (1 = the GM average, about 0.5–1.8): how much demand per
   * resident the neighbourhood sees, so the map and comparison show real differences.
   */
  deprivation: number;
  wards: SeedWard[];
}

export interface Geography {
  localities: SeedLocality[];
  neighbourhoods: SeedNeighbourhood[];
}

const MAX_NAME_LENGTH = 60;

function readWards(code: string): WardFeature[] {
  const file = new URL(`./data/gm-wards/${code}.json`, import.meta.url);
  const collection = JSON.parse(readFileSync(file, "utf8")) as { features: WardFeature[] };
  return collection.features;
}

function polygonsOf(geometry: WardGeometry): Polygon[] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

// Parts of ward names that do not stand alone as place names ("Brinnington and Central").
const NOT_A_PLACE = new Set(["Central", "North", "South", "East", "West"]);

function placesIn(wardName: string): string[] {
  const parts = wardName.split(" and ");
  return parts.some((part) => NOT_A_PLACE.has(part)) ? [parts.join(" & ")] : parts;
}

/** "Ancoats and Clayton" + "Bradford" → "Ancoats, Clayton and Bradford". */
function neighbourhoodNameOf(wardNames: readonly string[]): string {
  const parts = [...new Set([...wardNames].sort().flatMap(placesIn))];
  const name = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return name.length <= MAX_NAME_LENGTH ? name : `${[...wardNames].sort()[0]} and neighbouring wards`;
}

/**
 * A neighbourhood's population target: most land inside the model's range (30,000–50,000) and a
 * few fall outside on purpose, for the UI to flag. Two-ward neighbourhoods sit at the low end.
 */
function populationTarget(rng: Rng, wardCount: number): number {
  const { min, max } = neighbourhoodPopulationRange;
  if (rng.chance(0.07)) return rng.chance(0.5) ? rng.int(min - 5_000, min - 500) : rng.int(max + 500, max + 6_000);
  return wardCount === 2 ? rng.int(min - 1_000, min + 4_500) : rng.int(min + 1_000, max - 1_000);
}

/** Illustrative ward populations (~9,000–17,500) adding up to about the neighbourhood's target. */
function wardPopulations(rng: Rng, wardCount: number): number[] {
  const share = populationTarget(rng, wardCount) / wardCount;
  return Array.from({ length: wardCount }, () =>
    Math.min(17_500, Math.max(9_000, Math.round((share * rng.float(0.9, 1.1)) / 10) * 10)),
  );
}

/**
 * The borough's level with a spread inside it (some neighbourhoods of an affluent borough are
 * deprived, and the other way round). Drawn from its own generator, keyed by the neighbourhood's
 * code, so adding it changed no other demo value.
 */
function deprivationOf(code: string, locality: LocalityName): number {
  const own = new Rng(seedOf(`deprivation ${code}`));
  return Math.round(localityDeprivation[locality] * own.float(0.65, 1.4) * 100) / 100;
}

function buildNeighbourhoods(rng: Rng, locality: SeedLocality): SeedNeighbourhood[] {
  const features = readWards(locality.code);
  const polygons = features.map((feature) => polygonsOf(feature.geometry));
  const touching = polygons.map((a) => polygons.map((b) => a !== b && polygonsTouch(a, b)));
  const groups = groupNearbyPoints(
    polygons.map(centroidOf),
    neighbourhoodCountFor(locality.name, features.length),
    (i, j) => touching[i][j],
  );
  const drafts = groups.map((group) => {
    const populations = wardPopulations(rng, group.length);
    const wards: SeedWard[] = group.map((index, i) => ({
      code: features[index].properties.WD13CD,
      name: features[index].properties.WD13NM,
      locality,
      population: populations[i],
      polygons: polygons[index],
    }));
    return { name: neighbourhoodNameOf(wards.map((ward) => ward.name)), wards };
  });
  drafts.sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  return drafts.map((draft, i) => {
    const code = `${locality.prefix}-N${String(i + 1).padStart(2, "0")}`;
    return {
      id: rng.uuid(),
      code,
      name: draft.name,
      slug: `${locality.slug}-${slugify(draft.name)}`,
      locality,
      population: draft.wards.reduce((sum, ward) => sum + ward.population, 0),
      deprivation: deprivationOf(code, locality.name),
      wards: draft.wards,
    };
  });
}

export function buildGeography(rng: Rng): Geography {
  const localities: SeedLocality[] = localitySpecs.map((spec) => ({
    id: rng.uuid(),
    code: spec.code,
    name: spec.name,
    slug: spec.name.toLowerCase(),
    prefix: spec.prefix,
    postcodeDistricts: spec.postcodeDistricts,
  }));
  const neighbourhoods = localities.flatMap((locality) => buildNeighbourhoods(rng, locality));
  return { localities, neighbourhoods };
}

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

/** The wards' polygons side by side as one GeoJSON MultiPolygon, rounded to ~1 m. */
function boundaryOf(neighbourhood: SeedNeighbourhood): Prisma.InputJsonObject {
  const coordinates = neighbourhood.wards.flatMap((ward) =>
    ward.polygons.map((polygon) => polygon.map((ring) => ring.map(([x, y]) => [round5(x), round5(y)]))),
  );
  return { type: "MultiPolygon", coordinates };
}

export function geographyRows(geography: Geography, createdAt: Date) {
  const localities: Prisma.LocalityCreateManyInput[] = geography.localities.map((l) => ({
    id: l.id,
    code: l.code,
    name: l.name,
    slug: l.slug,
    createdAt,
  }));
  const neighbourhoods: Prisma.NeighbourhoodCreateManyInput[] = geography.neighbourhoods.map((n) => ({
    id: n.id,
    code: n.code,
    name: n.name,
    slug: n.slug,
    localityId: n.locality.id,
    population: n.population,
    boundary: boundaryOf(n),
    createdAt,
    updatedAt: createdAt,
  }));
  const wards: Prisma.WardCreateManyInput[] = geography.neighbourhoods.flatMap((n) =>
    n.wards.map((w) => ({ code: w.code, name: w.name, localityId: n.locality.id, neighbourhoodId: n.id })),
  );
  return { localities, neighbourhoods, wards };
}
