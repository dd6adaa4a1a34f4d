// Raises a barrier in a neighbourhood (it starts there) or for a whole locality (it starts at
// the locality), naming the organisation(s) whose rule, system or budget it is and, optionally,
// the cases where it bit. Those responsible at its level are told.
import "server-only";
import { randomUUID } from "node:crypto";
import { authorizeBarrierRaise } from "@/lib/access/authorize-barrier";
import type { AccessActor } from "@/lib/access/case-policy";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/create-client";
import { firstReviewDate } from "@/lib/domain/barrier-review";
import { asActor } from "@/lib/db/access-context";
import { isUniqueViolationOn } from "@/lib/forms/database-errors";
import { textOf } from "@/lib/forms/form-values";
import { authoriseCaseLinks } from "./authorise-case-links";
import { type BarrierFormFailure } from "./barrier-form-state";
import { personalDataFailure } from "./barrier-form-failures";
import { describedTexts, describedValues, type DescribedValues } from "./form-values";
import { personalDataConfirmed, personalDataWarnings, subjectsOfCases } from "./personal-data-warnings";
import { recordBarrierChange } from "./record-barrier-change";
import { raiseBarrierSchema, type BarrierPlace } from "./schemas";
import { formExpired, formFailure, invalid } from "@/lib/forms/failures";

export type RaiseValues = DescribedValues & { place: string; caseReferences: string; clientRequestId: string };
export type RaiseResult = { ok: true; barrierId: string } | BarrierFormFailure<RaiseValues>;

const refusal = "You cannot raise barriers: only frontline workers and locality leads raise them.";

async function placeOf(tx: Tx, { neighbourhoodId, localityId }: BarrierPlace) {
  if (neighbourhoodId) {
    const n = await tx.neighbourhood.findUnique({ where: { id: neighbourhoodId }, select: { id: true, localityId: true } });
    return n && { neighbourhoodId: n.id, localityId: n.localityId, escalationLevel: "NEIGHBOURHOOD" as const };
  }
  if (!localityId) return null;
  const l = await tx.locality.findUnique({ where: { id: localityId }, select: { id: true } });
  return l && { neighbourhoodId: null, localityId: l.id, escalationLevel: "LOCALITY" as const };
}

/** What was typed, as the form gives it back on any failure (an outage too). */
export function raiseBarrierValuesOf(formData: FormData): RaiseValues {
  return {
    ...describedValues(formData),
    place: textOf(formData, "place"),
    caseReferences: textOf(formData, "caseReferences"),
    clientRequestId: textOf(formData, "clientRequestId"),
  };
}

export async function raiseBarrier(actor: AccessActor, formData: FormData): Promise<RaiseResult> {
  const values = raiseBarrierValuesOf(formData);
  const parsed = raiseBarrierSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  // A replay of this person's own form is done; a key someone else used is not theirs to reuse.
  const saved = () => db.barrier.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { id: true, raisedById: true } });
  const already = await saved();
  if (already) return already.raisedById === actor.userId ? { ok: true, barrierId: already.id } : formFailure(values, formExpired);

  const barrierId = randomUUID();
  try {
    return await asActor(actor, async (tx): Promise<RaiseResult> => {
      const decision = await authorizeBarrierRaise(tx, actor, barrierId, { caseLinks: input.caseReferences.length });
      if (!decision.allowed) return formFailure(values, refusal);
      const place = await placeOf(tx, input.place);
      if (!place) return formFailure(values, "Choose the neighbourhood or locality from the list", { place: ["Choose the neighbourhood or locality from the list"] });
      const organisations = await tx.organisation.count({ where: { id: { in: input.organisationIds } } });
      if (organisations !== input.organisationIds.length) {
        return formFailure(values, "Choose organisations from the list", { organisationIds: ["Choose organisations from the list"] });
      }
      const links = await authoriseCaseLinks(tx, actor, input.caseReferences, barrierId);
      if (!links.ok) return formFailure(values, links.message, { caseReferences: [links.message] });
      if (!personalDataConfirmed(formData)) {
        const warnings = personalDataWarnings(describedTexts(input), await subjectsOfCases(tx, links.caseIds));
        if (warnings.length > 0) return personalDataFailure(warnings, values);
      }
      await tx.barrier.create({
        data: {
          id: barrierId,
          title: input.title,
          description: input.description,
          effect: input.effect,
          category: input.category,
          ...place,
          raisedById: actor.userId,
          raisedByOrganisationId: actor.organisation.id,
          reviewBy: firstReviewDate(),
          clientRequestId: input.clientRequestId,
          organisations: { create: input.organisationIds.map((organisationId) => ({ organisationId })) },
          caseLinks: { create: links.caseIds.map((caseId) => ({ caseId, linkedById: actor.userId })) },
        },
      });
      await recordBarrierChange(tx, actor, {
        barrierId,
        kind: "RAISED",
        toStatus: "RAISED",
        toLevel: place.escalationLevel,
        details: { category: input.category, organisations: input.organisationIds.length, linkedCases: links.caseIds.length },
        notifyResponsible: true,
      });
      return { ok: true, barrierId };
    });
  } catch (error) {
    // A racing second submission of the same form lost on the key: the first one raised it.
    if (isUniqueViolationOn(error, "Barrier", "clientRequestId")) {
      const first = await saved();
      if (first?.raisedById === actor.userId) return { ok: true, barrierId: first.id };
    }
    throw error;
  }
}
