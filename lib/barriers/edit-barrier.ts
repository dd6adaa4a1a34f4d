// Changes what a barrier says (title, what happens, effect, category, organisations) and its
// review date. The form carries the version it was loaded at; if someone else saved meanwhile,
// nothing is overwritten: the user sees what changed and keeps what they typed.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import type { Tx } from "@/lib/db/create-client";
import { londonTodayDate } from "@/lib/domain/barrier-review";
import { formatDate } from "@/lib/domain/london-time";
import type { DatePartsInput } from "@/lib/forms/date-parts";
import type { ConflictChange } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import type { BarrierCategory } from "@/lib/generated/prisma/enums";
import { type BarrierFormFailure } from "./barrier-form-state";
import { barrierConflictMessage, personalDataFailure, refusedBarrier } from "./barrier-form-failures";
import { inBarrierTransaction, isBarrierDenied } from "./barrier-transaction";
import { dateValue, describedTexts, describedValues, type DescribedValues } from "./form-values";
import { barrierCategoryLabels } from "./labels";
import { personalDataConfirmed, personalDataWarnings, visibleSubjectsOfBarrier } from "./personal-data-warnings";
import { recordBarrierChange } from "./record-barrier-change";
import { editBarrierSchema } from "./schemas";
import { formFailure, invalid } from "@/lib/forms/failures";

export type EditValues = DescribedValues & { reviewBy: DatePartsInput; version: string };

type Saved = { title: string; description: string; effect: string; category: BarrierCategory; reviewBy: Date; organisations: { organisation: { id: string; name: string } }[] };

async function savedNow(tx: Tx, barrierId: string): Promise<Saved> {
  return tx.barrier.findUniqueOrThrow({
    where: { id: barrierId },
    select: { title: true, description: true, effect: true, category: true, reviewBy: true, organisations: { select: { organisation: { select: { id: true, name: true } } } } },
  });
}

async function whatChanged(tx: Tx, now: Saved, input: { title: string; description: string; effect: string; category: BarrierCategory; organisationIds: string[]; reviewBy: Date }): Promise<ConflictChange[]> {
  const changes: ConflictChange[] = [];
  const texts = [
    ["Title", now.title, input.title],
    ["What happens", now.description, input.description],
    ["Effect on people and services", now.effect, input.effect],
  ] as const;
  for (const [label, saved, yours] of texts) if (saved !== yours) changes.push({ label, now: saved, yours });
  if (now.category !== input.category) changes.push({ label: "Kind of barrier", now: barrierCategoryLabels[now.category], yours: barrierCategoryLabels[input.category] });
  const nowOrganisations = now.organisations.map((o) => o.organisation.name).sort().join(", ");
  const chosen = await tx.organisation.findMany({ where: { id: { in: input.organisationIds } }, select: { name: true } });
  const yourOrganisations = chosen.map((o) => o.name).sort().join(", ");
  if (nowOrganisations !== yourOrganisations) changes.push({ label: "Organisations", now: nowOrganisations, yours: yourOrganisations });
  if (now.reviewBy.getTime() !== input.reviewBy.getTime()) changes.push({ label: "Review date", now: formatDate(now.reviewBy), yours: formatDate(input.reviewBy) });
  return changes;
}

/** What was typed, as the form gives it back on any failure (an outage too). */
export function editBarrierValuesOf(formData: FormData): EditValues {
  return { ...describedValues(formData), reviewBy: dateValue(formData, "reviewBy"), version: textOf(formData, "version") };
}

export async function editBarrier(actor: AccessActor, barrierId: string, formData: FormData): Promise<{ ok: true } | BarrierFormFailure<EditValues>> {
  const values = editBarrierValuesOf(formData);
  const parsed = editBarrierSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const result = await inBarrierTransaction(actor, barrierId, "edit", { details: { fields: ["title", "description", "effect", "category", "organisations", "reviewBy"] } }, async (tx) => {
    const organisations = await tx.organisation.count({ where: { id: { in: input.organisationIds } } });
    if (organisations !== input.organisationIds.length) {
      return formFailure(values, "Choose organisations from the list", { organisationIds: ["Choose organisations from the list"] });
    }
    if (!personalDataConfirmed(formData)) {
      const warnings = personalDataWarnings(describedTexts(input), await visibleSubjectsOfBarrier(tx, actor, barrierId));
      if (warnings.length > 0) return personalDataFailure(warnings, values);
    }
    const before = await savedNow(tx, barrierId);
    if (input.reviewBy.getTime() !== before.reviewBy.getTime() && input.reviewBy < londonTodayDate()) {
      return formFailure(values, "Review date must be today or in the future", { reviewBy: ["Review date must be today or in the future"] });
    }
    const updated = await tx.barrier.updateMany({
      where: { id: barrierId, version: input.version },
      data: { title: input.title, description: input.description, effect: input.effect, category: input.category, reviewBy: input.reviewBy, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const current = await tx.barrier.findUniqueOrThrow({ where: { id: barrierId }, select: { version: true } });
      return { ...formFailure({ ...values, version: String(current.version) }, barrierConflictMessage), conflict: await whatChanged(tx, before, input) };
    }
    await tx.barrierOrganisation.deleteMany({ where: { barrierId, organisationId: { notIn: input.organisationIds } } });
    await tx.barrierOrganisation.createMany({ data: input.organisationIds.map((organisationId) => ({ barrierId, organisationId })), skipDuplicates: true });
    const changed = await whatChanged(tx, before, input);
    await recordBarrierChange(tx, actor, {
      barrierId,
      kind: "EDITED",
      details: { fields: changed.map((c) => c.label) },
    });
    return { ok: true as const };
  });
  return isBarrierDenied(result) ? refusedBarrier(result, values) : result;
}
