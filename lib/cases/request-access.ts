// Requests for access to a restricted case (restricted-records.ts): a worker who sees it redacted
// asks its lead professional, who accepts or declines with a reason. Accepting makes the worker
// a named worker on the case — lasting access, unlike break-glass — which the lead may later
// remove as for any named worker. One open request per user per case: a second is the same one.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { isUuid } from "@/lib/domain/uuid";
import { formFailure, invalid } from "@/lib/forms/failures";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { inCaseTransaction, isDenied, refused } from "./case-transaction";
import { accessAnswerSchema, accessRequestSchema } from "./restricted-schemas";

export type AccessRequestValues = { reason: string };
export type AccessAnswerValues = { answer: string; answerReason: string };

export function accessRequestValuesOf(formData: FormData): AccessRequestValues {
  return { reason: textOf(formData, "reason") };
}

export function accessAnswerValuesOf(formData: FormData): AccessAnswerValues {
  return { answer: textOf(formData, "answer"), answerReason: textOf(formData, "answerReason") };
}

export async function requestAccess(
  actor: AccessActor,
  caseId: string,
  formData: FormData,
): Promise<{ ok: true; alreadyOpen: boolean } | FormFailure<AccessRequestValues>> {
  const values = accessRequestValuesOf(formData);
  const parsed = accessRequestSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const result = await inCaseTransaction(actor, caseId, "requestAccess", { recordType: "AccessRequest" }, async (tx, facts) => {
    // ON CONFLICT DO NOTHING: the only unique key a new row can meet is "one open request per user per case".
    const { count } = await tx.accessRequest.createMany({ data: [{ caseId, requesterId: actor.userId, reason: parsed.data.reason }], skipDuplicates: true });
    if (count === 1) {
      const created = await tx.accessRequest.findFirstOrThrow({ where: { caseId, requesterId: actor.userId, status: "PENDING" }, select: { id: true } });
      await tx.notification.createMany({ data: [{ kind: "ACCESS_REQUESTED", userId: facts.leadProfessionalId, caseId, accessRequestId: created.id }] });
    }
    return { ok: true as const, alreadyOpen: count === 0 };
  });
  return isDenied(result) ? refused(result, values) : result;
}

/**
 * The case a request belongs to, to authorise against; skips authorisation on purpose (it is how
 * it starts). A request that does not exist is authorised against its own id, which names no
 * case, so it is refused exactly like a case the actor may not see.
 */
async function caseToAuthorise(requestId: string): Promise<string> {
  if (!isUuid(requestId)) return requestId;
  const found = await unsafeAsSystem((tx) => tx.accessRequest.findUnique({ where: { id: requestId }, select: { caseId: true } }));
  return found?.caseId ?? requestId;
}

export async function answerAccessRequest(
  actor: AccessActor,
  requestId: string,
  formData: FormData,
): Promise<{ ok: true; caseId: string } | FormFailure<AccessAnswerValues>> {
  const values = accessAnswerValuesOf(formData);
  const parsed = accessAnswerSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const caseId = await caseToAuthorise(requestId);
  const accept = parsed.data.answer === "ACCEPT";
  const result = await inCaseTransaction(
    actor,
    caseId,
    "answerAccessRequest",
    { recordType: "AccessRequest", recordId: requestId, details: { accepted: accept } },
    async (tx) => {
      const { count } = await tx.accessRequest.updateMany({
        where: { id: requestId, caseId, status: "PENDING" },
        data: { status: accept ? "ACCEPTED" : "DECLINED", answeredById: actor.userId, answerReason: parsed.data.answerReason || null, answeredAt: new Date() },
      });
      if (count === 0) return formFailure(values, "This request has already been answered");
      const { requesterId } = await tx.accessRequest.findUniqueOrThrow({ where: { id: requestId }, select: { requesterId: true } });
      if (accept) {
        await tx.caseWorker.upsert({
          where: { caseId_userId: { caseId, userId: requesterId } },
          create: { caseId, userId: requesterId, role: "Named worker (access requested)" },
          update: { removedAt: null },
        });
      }
      await tx.notification.createMany({ data: [{ kind: "ACCESS_REQUEST_ANSWERED", userId: requesterId, caseId, accessRequestId: requestId }] });
      return { ok: true as const, caseId };
    },
  );
  return isDenied(result) ? refused(result, values) : result;
}
