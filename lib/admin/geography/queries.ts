// Reads of the partnership's geography for admins: localities, neighbourhoods (with the
// population flag of lib/domain/population.ts), wards and boundaries.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { storedBoundary, type Boundary } from "@/lib/domain/geojson";
import { isPopulationOutsideModel } from "@/lib/domain/population";
import { isUuid } from "@/lib/domain/uuid";
import { assertPermitted } from "../permission";

export type LocalityRow = { id: string; code: string; name: string; neighbourhoods: number; flagged: number; population: number };

export async function listLocalities(actor: Actor): Promise<LocalityRow[]> {
  assertPermitted(actor);
  const localities = await db.locality.findMany({
    orderBy: { name: "asc" },
    select: { id: true, code: true, name: true, neighbourhoods: { select: { population: true } } },
  });
  return localities.map((l) => ({
    id: l.id,
    code: l.code,
    name: l.name,
    neighbourhoods: l.neighbourhoods.length,
    flagged: l.neighbourhoods.filter((n) => isPopulationOutsideModel(n.population)).length,
    population: l.neighbourhoods.reduce((sum, n) => sum + n.population, 0),
  }));
}

export type NeighbourhoodRow = {
  id: string;
  code: string;
  name: string;
  population: number;
  populationFlagged: boolean;
  wards: number;
  teams: number;
  hasBoundary: boolean;
};

export type LocalityDetail = {
  id: string;
  code: string;
  name: string;
  neighbourhoods: NeighbourhoodRow[];
  unassignedWards: { code: string; name: string }[];
};

export async function getLocality(actor: Actor, id: string): Promise<LocalityDetail | null> {
  assertPermitted(actor);
  if (!isUuid(id)) return null;
  const locality = await db.locality.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      name: true,
      neighbourhoods: {
        orderBy: { code: "asc" },
        select: { id: true, code: true, name: true, population: true, _count: { select: { wards: true, teams: true } } },
      },
      wards: { where: { neighbourhoodId: null }, orderBy: { name: "asc" }, select: { code: true, name: true } },
    },
  });
  if (!locality) return null;
  // Whether a boundary exists, without loading every boundary's coordinates.
  const withBoundary = await db.neighbourhood.findMany({
    where: { localityId: id, boundary: { not: Prisma.DbNull } },
    select: { id: true },
  });
  const bounded = new Set(withBoundary.map((n) => n.id));
  return {
    id: locality.id,
    code: locality.code,
    name: locality.name,
    neighbourhoods: locality.neighbourhoods.map((n) => ({
      id: n.id,
      code: n.code,
      name: n.name,
      population: n.population,
      populationFlagged: isPopulationOutsideModel(n.population),
      wards: n._count.wards,
      teams: n._count.teams,
      hasBoundary: bounded.has(n.id),
    })),
    unassignedWards: locality.wards,
  };
}

export type NeighbourhoodDetail = {
  id: string;
  code: string;
  name: string;
  population: number;
  populationFlagged: boolean;
  locality: { id: string; name: string };
  wards: { code: string; name: string }[];
  teams: { id: string; name: string }[];
  boundary: Boundary | null;
  updatedAt: Date;
};

export async function getNeighbourhood(actor: Actor, id: string): Promise<NeighbourhoodDetail | null> {
  assertPermitted(actor);
  if (!isUuid(id)) return null;
  const n = await db.neighbourhood.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      name: true,
      population: true,
      boundary: true,
      updatedAt: true,
      locality: { select: { id: true, name: true } },
      wards: { orderBy: { name: "asc" }, select: { code: true, name: true } },
      teams: { orderBy: { name: "asc" }, select: { id: true, name: true } },
    },
  });
  if (!n) return null;
  return { ...n, populationFlagged: isPopulationOutsideModel(n.population), boundary: storedBoundary(n.boundary) };
}

export type WardChoice = { code: string; name: string; neighbourhoodName: string | null; neighbourhoodId: string | null };

/** The wards of a locality, with the neighbourhood each is in now, for the neighbourhood form. */
export async function wardsOfLocality(actor: Actor, localityId: string): Promise<WardChoice[]> {
  assertPermitted(actor);
  if (!isUuid(localityId)) return [];
  const wards = await db.ward.findMany({
    where: { localityId },
    orderBy: { name: "asc" },
    select: { code: true, name: true, neighbourhoodId: true, neighbourhood: { select: { name: true } } },
  });
  return wards.map((w) => ({ code: w.code, name: w.name, neighbourhoodId: w.neighbourhoodId, neighbourhoodName: w.neighbourhood?.name ?? null }));
}

export type NeighbourhoodOption = { id: string; label: string };

/** Every neighbourhood as "Locality: Neighbourhood (code)", for pickers. */
export async function neighbourhoodOptions(actor: Actor): Promise<NeighbourhoodOption[]> {
  assertPermitted(actor);
  const neighbourhoods = await db.neighbourhood.findMany({
    orderBy: [{ locality: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, code: true, locality: { select: { name: true } } },
  });
  return neighbourhoods.map((n) => ({ id: n.id, label: `${n.locality.name}: ${n.name} (${n.code})` }));
}
