// Adds a comment to an open barrier: progress, a decision taken elsewhere, another team meeting
// the same thing. Part of its history; the owner and the raiser are told.
import "server-only";
import { randomUUID } from "node:crypto";
import type { AccessActor } from "@/lib/access/case-policy";
import { createOnce } from "@/lib/cases/create-once";
import { db } from "@/lib/db";
import { textOf } from "@/lib/forms/form-values";
import { type BarrierFormFailure } from "./barrier-form-state";
import { personalDataFailure, refusedBarrier } from "./barrier-form-failures";
import { inBarrierTransaction, isBarrierDenied } from "./barrier-transaction";
import { personalDataConfirmed, personalDataWarnings, visibleSubjectsOfBarrier } from "./personal-data-warnings";
import { recordBarrierChange } from "./record-barrier-change";
import { barrierCommentSchema } from "./schemas";
import { invalid } from "@/lib/forms/failures";

export type CommentValues = { body: string; clientRequestId: string };

/** What was typed, as the form gives it back on any failure (an outage too). */
export function commentOnBarrierValuesOf(formData: FormData): CommentValues {
  return { body: textOf(formData, "body"), clientRequestId: textOf(formData, "clientRequestId") };
}

export async function commentOnBarrier(actor: AccessActor, barrierId: string, formData: FormData): Promise<{ ok: true } | BarrierFormFailure<CommentValues>> {
  const values = commentOnBarrierValuesOf(formData);
  const parsed = barrierCommentSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const commentId = randomUUID();
  return createOnce(
    {
      table: "BarrierComment",
      actorId: actor.userId,
      values,
      saved: async () => {
        const saved = await db.barrierComment.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { id: true, authorId: true } });
        return saved && { id: saved.id, savedById: saved.authorId };
      },
    },
    async () => {
      const result = await inBarrierTransaction(actor, barrierId, "comment", { recordType: "BarrierComment", recordId: commentId }, async (tx) => {
        if (!personalDataConfirmed(formData)) {
          const warnings = personalDataWarnings([{ field: "body", label: "Comment", text: input.body }], await visibleSubjectsOfBarrier(tx, actor, barrierId));
          if (warnings.length > 0) return personalDataFailure(warnings, values);
        }
        await tx.barrierComment.create({
          data: { id: commentId, barrierId, authorId: actor.userId, authorOrganisationId: actor.organisation.id, body: input.body, clientRequestId: input.clientRequestId },
        });
        await recordBarrierChange(tx, actor, { barrierId, kind: "COMMENTED", note: input.body, details: { commentId } });
        return { ok: true as const };
      });
      return isBarrierDenied(result) ? refusedBarrier(result, values) : result;
    },
  );
}
