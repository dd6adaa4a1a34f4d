// Reads of who receives each place's benefits, for the admin's beneficiaries pages.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertPermitted } from "@/lib/admin/permission";
import { db } from "@/lib/db";
import type { OrganisationType } from "@/lib/generated/prisma/enums";

export async function beneficiaryOverview(actor: Actor) {
  assertPermitted(actor);
  const [localities, rows] = await Promise.all([
    db.locality.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, neighbourhoods: { orderBy: { name: "asc" }, select: { id: true, name: true } } } }),
    db.placeBeneficiary.findMany({ select: { localityId: true, neighbourhoodId: true, organisationType: true, organisation: { select: { name: true } } } }),
  ]);
  return localities.map((l) => ({
    id: l.id,
    name: l.name,
    receivers: rows.filter((r) => r.localityId === l.id).map((r) => ({ type: r.organisationType, name: r.organisation.name })),
    neighbourhoods: l.neighbourhoods.map((n) => ({ id: n.id, name: n.name, overrides: rows.filter((r) => r.neighbourhoodId === n.id).map((r) => ({ type: r.organisationType, name: r.organisation.name })) })),
  }));
}

/** A place's form: per organisation type, its organisations and which are chosen. */
export async function beneficiaryForm(actor: Actor, place: { localityId: string | null; neighbourhoodId: string | null }) {
  assertPermitted(actor);
  const [name, chosen, organisations] = await Promise.all([
    place.neighbourhoodId
      ? db.neighbourhood.findUnique({ where: { id: place.neighbourhoodId }, select: { name: true, locality: { select: { name: true } } } }).then((n) => (n ? `${n.name}, ${n.locality.name}` : null))
      : db.locality.findUnique({ where: { id: place.localityId ?? "" }, select: { name: true } }).then((l) => l?.name ?? null),
    db.placeBeneficiary.findMany({ where: place.neighbourhoodId ? { neighbourhoodId: place.neighbourhoodId } : { localityId: place.localityId }, select: { organisationType: true, organisationId: true } }),
    db.organisation.findMany({ where: { status: { in: ["ACTIVE", "INVITED"] } }, orderBy: { name: "asc" }, select: { id: true, name: true, type: true } }),
  ]);
  if (!name) return null;
  const types = [...new Set(organisations.map((o) => o.type))].sort() as OrganisationType[];
  return {
    name,
    chosen: chosen.map((c) => `${c.organisationType}:${c.organisationId}`),
    types: types.map((type) => ({ type, organisations: organisations.filter((o) => o.type === type).map((o) => ({ value: `${type}:${o.id}`, label: o.name })) })),
  };
}
