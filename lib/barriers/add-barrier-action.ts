// Agrees an action to tackle a barrier: what, by whom (an organisation, optionally a named
// person in it), by when. The first action puts an accepted barrier "in action".
import "server-only";
import { randomUUID } from "node:crypto";
import type { AccessActor } from "@/lib/access/case-policy";
import { createOnce } from "@/lib/cases/create-once";
import { db } from "@/lib/db";
import type { DatePartsInput } from "@/lib/forms/date-parts";
import { textOf } from "@/lib/forms/form-values";
import { type BarrierFormFailure } from "./barrier-form-state";
import { personalDataFailure, refusedBarrier } from "./barrier-form-failures";
import { inBarrierTransaction, isBarrierDenied } from "./barrier-transaction";
import { dateValue } from "./form-values";
import { personalDataConfirmed, personalDataWarnings, visibleSubjectsOfBarrier } from "./personal-data-warnings";
import { recordBarrierChange } from "./record-barrier-change";
import { barrierActionSchema } from "./schemas";
import { formFailure, invalid } from "@/lib/forms/failures";

export type BarrierActionValues = { description: string; ownerOrganisationId: string; ownerUserId: string; dueOn: DatePartsInput; clientRequestId: string };

/** What was typed, as the form gives it back on any failure (an outage too). */
export function addBarrierActionValuesOf(formData: FormData): BarrierActionValues {
  return {
    description: textOf(formData, "description"),
    ownerOrganisationId: textOf(formData, "ownerOrganisationId"),
    ownerUserId: textOf(formData, "ownerUserId"),
    dueOn: dateValue(formData, "dueOn"),
    clientRequestId: textOf(formData, "clientRequestId"),
  };
}

export async function addBarrierAction(actor: AccessActor, barrierId: string, formData: FormData): Promise<{ ok: true } | BarrierFormFailure<BarrierActionValues>> {
  const values = addBarrierActionValuesOf(formData);
  const parsed = barrierActionSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const actionId = randomUUID();
  return createOnce(
    {
      table: "BarrierAction",
      actorId: actor.userId,
      values,
      saved: async () => {
        const saved = await db.barrierAction.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { id: true, createdById: true } });
        return saved && { id: saved.id, savedById: saved.createdById };
      },
    },
    async () => {
      const result = await inBarrierTransaction(actor, barrierId, "addAction", { recordType: "BarrierAction", recordId: actionId }, async (tx, facts) => {
        const organisation = await tx.organisation.findFirst({ where: { id: input.ownerOrganisationId, status: "ACTIVE" }, select: { id: true } });
        if (!organisation) {
          return formFailure(values, "Choose an organisation from the list", { ownerOrganisationId: ["Choose an organisation from the list"] });
        }
        if (input.ownerUserId) {
          const person = await tx.user.findFirst({ where: { id: input.ownerUserId, organisationId: input.ownerOrganisationId, deactivatedAt: null }, select: { id: true } });
          if (!person) {
            return formFailure(values, "Choose a person who works for the chosen organisation", { ownerUserId: ["Choose a person who works for the chosen organisation"] });
          }
        }
        if (!personalDataConfirmed(formData)) {
          const warnings = personalDataWarnings([{ field: "description", label: "What needs to be done", text: input.description }], await visibleSubjectsOfBarrier(tx, actor, barrierId));
          if (warnings.length > 0) return personalDataFailure(warnings, values);
        }
        await tx.barrierAction.create({
          data: {
            id: actionId,
            barrierId,
            description: input.description,
            ownerOrganisationId: input.ownerOrganisationId,
            ownerUserId: input.ownerUserId,
            dueOn: input.dueOn,
            createdById: actor.userId,
            clientRequestId: input.clientRequestId,
          },
        });
        // Not version-checked: adding an action changes nothing anyone else may be editing.
        if (facts.status === "ACCEPTED") await tx.barrier.update({ where: { id: barrierId }, data: { status: "IN_ACTION", version: { increment: 1 } } });
        await recordBarrierChange(tx, actor, {
          barrierId,
          kind: "ACTION_ADDED",
          ...(facts.status === "ACCEPTED" ? { fromStatus: "ACCEPTED" as const, toStatus: "IN_ACTION" as const } : {}),
          note: input.description,
          details: { actionId, dueOn: input.dueOn.toISOString().slice(0, 10) },
          alsoNotify: [input.ownerUserId],
        });
        return { ok: true as const };
      });
      return isBarrierDenied(result) ? refusedBarrier(result, values) : result;
    },
  );
}
