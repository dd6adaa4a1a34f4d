// Sets which organisations receive a place's fiscal benefits, per organisation type (partnership
// admins): a locality's choice, or a neighbourhood's own that overrides its locality's for the
// types it names. Saving re-values the place's outcomes (every period: it corrects who the
// benefits belong to, not what they are worth), in the same audited transaction.
import "server-only";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { permittedOrRefused } from "../unit-costs/permitted-or-refused";
import type { FormFailure } from "@/lib/forms/form-state";
import { textsOf } from "@/lib/forms/form-values";
import { OrganisationType } from "@/lib/generated/prisma/enums";
import { recreditOutcomes } from "../unit-costs/recredit";
import { formFailure } from "@/lib/forms/failures";
import { isUuid, uuid } from "@/lib/domain/uuid";

export type BeneficiaryValues = { choices: string[] };

const choice = z.string().transform((value, ctx) => {
  const [type, organisationId] = value.split(":");
  const parsedType = z.enum(OrganisationType).safeParse(type);
  if (parsedType.success && isUuid(organisationId)) return { organisationType: parsedType.data, organisationId };
  ctx.addIssue({ code: "custom", message: "Choose organisations from the lists" });
  return z.NEVER;
});

/** What was chosen, as the form gives it back on any failure (an outage too). */
export function beneficiaryValuesOf(formData: FormData): BeneficiaryValues {
  return { choices: textsOf(formData, "choices") };
}

const placeNotFound = "This place cannot be found. Open it again from the list of places.";
const boundPlace = z.union([
  z.object({ localityId: uuid(), neighbourhoodId: z.null() }),
  z.object({ localityId: z.null(), neighbourhoodId: uuid() }),
]);

export async function savePlaceBeneficiaries(actor: Actor, place: { localityId: string | null; neighbourhoodId: string | null }, formData: FormData): Promise<{ ok: true } | FormFailure<BeneficiaryValues>> {
  await permittedOrRefused(actor, "admin.beneficiaries.save");
  const values = beneficiaryValuesOf(formData);
  const parsed = z.array(choice).max(200).safeParse(values.choices);
  if (!parsed.success) return formFailure(values, "Choose organisations from the lists", { choices: ["Choose organisations from the lists"] });
  // The page binds exactly one of a locality or a neighbourhood: both empty would clear every
  // neighbourhood's choices, and an id of neither kind names no place.
  const bound = boundPlace.safeParse(place);
  if (!bound.success) return formFailure(values, placeNotFound);
  place = bound.data;
  return unsafeAsSystem(async (tx) => {
    const exists = place.neighbourhoodId
      ? await tx.neighbourhood.count({ where: { id: place.neighbourhoodId } })
      : await tx.locality.count({ where: { id: place.localityId ?? "" } });
    if (exists === 0) return formFailure(values, placeNotFound);
    const organisations = await tx.organisation.findMany({ where: { id: { in: parsed.data.map((c) => c.organisationId) } }, select: { id: true, type: true } });
    const typeOf = new Map(organisations.map((o) => [o.id, o.type]));
    if (parsed.data.some((c) => typeOf.get(c.organisationId) !== c.organisationType)) {
      return formFailure(values, "Choose organisations from the lists", { choices: ["Choose organisations from the lists"] });
    }
    const where = place.neighbourhoodId ? { neighbourhoodId: place.neighbourhoodId } : { localityId: place.localityId };
    await tx.placeBeneficiary.deleteMany({ where });
    await tx.placeBeneficiary.createMany({ data: parsed.data.map((c) => ({ ...where, ...c })), skipDuplicates: true });
    const revalued = await recreditOutcomes(tx, { case: place.neighbourhoodId ? { neighbourhoodId: place.neighbourhoodId } : { neighbourhood: { localityId: place.localityId ?? "" } } });
    await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "admin.beneficiaries.save", recordType: place.neighbourhoodId ? "Neighbourhood" : "Locality", recordId: place.neighbourhoodId ?? place.localityId ?? "", details: { rows: parsed.data.length, revalued } });
    return { ok: true as const };
  }, { timeout: 300_000 });
}
