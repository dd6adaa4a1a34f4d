// Choices offered by the case forms (reference data and people the actor may pick).
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { db } from "@/lib/db";

export async function themeOptions() {
  const themes = await db.theme.findMany({ where: { active: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } });
  return themes.map((t) => ({ value: t.id, label: t.name }));
}

export async function neighbourhoodOptions() {
  const neighbourhoods = await db.neighbourhood.findMany({
    orderBy: [{ locality: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, locality: { select: { name: true } } },
  });
  return neighbourhoods.map((n) => ({ value: n.id, label: `${n.locality.name}: ${n.name}` }));
}

/** Neighbourhoods grouped by locality, for a select with one group per locality. */
export async function neighbourhoodGroups() {
  const neighbourhoods = await db.neighbourhood.findMany({
    orderBy: [{ locality: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, locality: { select: { id: true, name: true } } },
  });
  const groups = new Map<string, { localityId: string; label: string; options: { value: string; label: string }[] }>();
  for (const n of neighbourhoods) {
    const group = groups.get(n.locality.id) ?? { localityId: n.locality.id, label: n.locality.name, options: [] };
    group.options.push({ value: n.id, label: n.name });
    groups.set(n.locality.id, group);
  }
  return [...groups.values()];
}

/** The neighbourhood a postcode lies in, where the postcode → ward lookup knows it. */
export async function neighbourhoodForPostcode(postcode: string | null) {
  if (!postcode) return null;
  const found = await db.postcodeWard.findUnique({ where: { postcode }, select: { ward: { select: { neighbourhoodId: true } } } });
  return found?.ward.neighbourhoodId ?? null;
}

export async function outcomeTypeOptions() {
  const types = await db.outcomeType.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  return types.map((t) => ({ value: t.id, label: t.name }));
}

export async function colleagueOptions(actor: AccessActor, frontlineOnly: boolean) {
  const users = await db.user.findMany({
    where: {
      organisationId: actor.organisation.id,
      deactivatedAt: null,
      ...(frontlineOnly ? { roles: { some: { role: "FRONTLINE_WORKER" as const } } } : {}),
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true, jobTitle: true },
  });
  return users.map((u) => ({ value: u.id, label: u.jobTitle ? `${u.name} (${u.jobTitle})` : u.name }));
}

export async function organisationOptions(excludeIds: string[]) {
  const organisations = await db.organisation.findMany({
    where: { status: "ACTIVE", id: { notIn: excludeIds } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return organisations.map((o) => ({ value: o.id, label: o.name }));
}

export async function teamOptions(neighbourhoodId: string) {
  const teams = await db.team.findMany({ where: { neighbourhoodId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  return teams.map((t) => ({ value: t.id, label: t.name }));
}

/** People in the organisations of the team around the person, for naming who does an action. */
export async function assigneeOptions(organisationIds: string[]) {
  const users = await db.user.findMany({
    where: { organisationId: { in: organisationIds }, deactivatedAt: null, roles: { some: { role: "FRONTLINE_WORKER" } } },
    orderBy: [{ organisation: { name: "asc" } }, { name: "asc" }],
    take: 500,
    select: { id: true, name: true, organisation: { select: { name: true } } },
  });
  return users.map((u) => ({ value: u.id, label: `${u.name}, ${u.organisation.name}` }));
}
