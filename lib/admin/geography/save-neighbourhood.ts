// Adding and changing neighbourhoods: code, name, locality, population and the wards covered.
// A population outside 30,000–50,000 is allowed (the pages flag it, lib/domain/population.ts).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/create-client";
import { isPopulationOutsideModel } from "@/lib/domain/population";
import { isUniqueViolationOn } from "@/lib/forms/database-errors";
import { changedSinceOpened, fieldFailure, formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { assertPermitted } from "../permission";
import { editNeighbourhoodSchema, neighbourhoodSchema, type EditNeighbourhoodInput, type NeighbourhoodInput } from "./schemas";
import { slugify } from "@/lib/domain/slug";

type Saved = { id: string };

function auditDetails(code: string, population: number, wards: string[]) {
  return { code, population, populationFlagged: isPopulationOutsideModel(population), wards };
}

/** A problem with the rows the form names, as a field and message, or null. */
async function problemWith(tx: Tx, data: { id: string; code: string; name: string; localityId: string; wardCodes: string[] }) {
  const locality = await tx.locality.findUnique({ where: { id: data.localityId }, select: { id: true } });
  if (!locality) return { field: "localityId", message: "Select the locality" };
  const sameCode = await tx.neighbourhood.findFirst({ where: { code: { equals: data.code, mode: "insensitive" }, id: { not: data.id } }, select: { id: true } });
  if (sameCode) return { field: "code", message: "A neighbourhood with this code already exists" };
  const sameName = await tx.neighbourhood.findFirst({
    where: { localityId: data.localityId, name: { equals: data.name, mode: "insensitive" }, id: { not: data.id } },
    select: { id: true },
  });
  if (sameName) return { field: "name", message: "This locality already has a neighbourhood with this name" };
  const wards = await tx.ward.count({ where: { code: { in: data.wardCodes }, localityId: data.localityId } });
  if (wards !== new Set(data.wardCodes).size) return { field: "wardCodes", message: "Select wards of the neighbourhood's locality" };
  return null;
}

async function uniqueSlug(tx: Tx, localityId: string, name: string, code: string): Promise<string> {
  const locality = await tx.locality.findUniqueOrThrow({ where: { id: localityId }, select: { slug: true } });
  const slug = `${locality.slug}-${slugify(name)}`;
  const taken = await tx.neighbourhood.findUnique({ where: { slug }, select: { id: true } });
  return taken ? `${slug}-${slugify(code)}` : slug;
}

export async function createNeighbourhood(actor: Actor, input: NeighbourhoodInput): Promise<CommandResult<NeighbourhoodInput, Saved>> {
  assertPermitted(actor);
  const parsed = neighbourhoodSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const data = parsed.data;
  if (await db.neighbourhood.findUnique({ where: { id: data.id }, select: { id: true } })) return { ok: true, id: data.id };
  try {
    const problem = await db.$transaction(async (tx) => {
      const found = await problemWith(tx, data);
      if (found) return found;
      const { wardCodes, ...fields } = data;
      await tx.neighbourhood.create({ data: { ...fields, slug: await uniqueSlug(tx, data.localityId, data.name, data.code) } });
      await tx.ward.updateMany({ where: { code: { in: wardCodes } }, data: { neighbourhoodId: data.id } });
      await writeAuditEvent(tx, {
        actor: auditActorOf(actor),
        action: "admin.neighbourhood.create",
        recordType: "Neighbourhood",
        recordId: data.id,
        details: auditDetails(data.code, data.population, wardCodes),
      });
      return null;
    });
    if (problem) return fieldFailure(input, problem.field, problem.message);
  } catch (error) {
    if ((isUniqueViolationOn(error, "Neighbourhood", "code") || isUniqueViolationOn(error, "Neighbourhood", "slug") || isUniqueViolationOn(error, "Neighbourhood", "localityId", "name"))) return fieldFailure(input, "code", "A neighbourhood with this code or name already exists");
    throw error;
  }
  return { ok: true, id: data.id };
}

export async function updateNeighbourhood(
  actor: Actor,
  input: EditNeighbourhoodInput,
): Promise<CommandResult<EditNeighbourhoodInput, Saved>> {
  assertPermitted(actor);
  const parsed = editNeighbourhoodSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { updatedAt, wardCodes, ...data } = parsed.data;
  try {
    const outcome = await db.$transaction(async (tx) => {
      const found = await problemWith(tx, { ...data, wardCodes });
      if (found) return found;
      const { count } = await tx.neighbourhood.updateMany({ where: { id: data.id, updatedAt: new Date(updatedAt) }, data });
      if (count === 0) return { field: null, message: changedSinceOpened };
      // Wards no longer chosen are left without a neighbourhood; chosen ones move here.
      await tx.ward.updateMany({ where: { neighbourhoodId: data.id, code: { notIn: wardCodes } }, data: { neighbourhoodId: null } });
      await tx.ward.updateMany({ where: { code: { in: wardCodes } }, data: { neighbourhoodId: data.id } });
      await writeAuditEvent(tx, {
        actor: auditActorOf(actor),
        action: "admin.neighbourhood.update",
        recordType: "Neighbourhood",
        recordId: data.id,
        details: auditDetails(data.code, data.population, wardCodes),
      });
      return null;
    });
    if (outcome?.field) return fieldFailure(input, outcome.field, outcome.message);
    if (outcome) return formFailure(input, outcome.message);
  } catch (error) {
    if ((isUniqueViolationOn(error, "Neighbourhood", "code") || isUniqueViolationOn(error, "Neighbourhood", "slug") || isUniqueViolationOn(error, "Neighbourhood", "localityId", "name"))) return fieldFailure(input, "code", "A neighbourhood with this code or name already exists");
    throw error;
  }
  return { ok: true, id: data.id };
}
