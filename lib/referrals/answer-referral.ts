// The receiving organisation answers a pending referral: accepting joins it to the team around
// the person (so it can now see the case); declining needs a coded reason and a comment. Either
// way the referrer is told on "My work", and the time to respond is recorded.
import "server-only";
import { z } from "zod";
import type { AccessActor } from "@/lib/access/case-policy";
import { unsafeCaseIdOfReferral } from "@/lib/access/unsafe-case-of";
import { inCaseTransaction, isDenied, refused } from "@/lib/cases/case-transaction";
import { formFailure, invalid } from "@/lib/forms/failures";
import { unsafeAsSystem } from "@/lib/db/access-context";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { declineSchema } from "./schemas";

export type DeclineValues = { declineReason: string; responseComment: string };

const alreadyAnswered = "This referral has already been answered or withdrawn.";

// A referral that does not exist is authorised against its own id, which names no case, so it
// is refused exactly like a case the actor may not see.
async function caseToAuthorise(referralId: string): Promise<string> {
  return (await unsafeAsSystem((tx) => unsafeCaseIdOfReferral(tx, referralId))) ?? referralId;
}

export function declineValuesOf(formData: FormData): DeclineValues {
  return { declineReason: textOf(formData, "declineReason"), responseComment: textOf(formData, "responseComment") };
}

export async function acceptReferral(actor: AccessActor, referralId: string): Promise<{ ok: true; caseId: string } | FormFailure<Record<string, never>>> {
  const caseId = await caseToAuthorise(referralId);
  const result = await inCaseTransaction(actor, caseId, "acceptReferral", { recordType: "Referral", recordId: referralId }, async (tx) => {
    const now = new Date();
    const referral = await tx.referral.findFirst({
      where: { id: referralId, toOrganisationId: actor.organisation.id, status: "PENDING" },
      select: { sentById: true },
    });
    if (!referral) return formFailure({}, alreadyAnswered);
    // Joining the team around the person first: while the referral is pending the organisation
    // may see the case (row security too), and once it is accepted it sees it as involved.
    await tx.caseInvolvement.upsert({
      where: { caseId_organisationId: { caseId, organisationId: actor.organisation.id } },
      create: { caseId, organisationId: actor.organisation.id, role: "SUPPORTING", viaReferralId: referralId },
      update: { leftAt: null, joinedAt: now, viaReferralId: referralId },
    });
    const answered = await tx.referral.updateMany({
      where: { id: referralId, toOrganisationId: actor.organisation.id, status: "PENDING" },
      data: { status: "ACCEPTED", respondedAt: now, respondedById: actor.userId },
    });
    if (answered.count === 0) throw new Error("The referral changed while it was being accepted");
    await tx.caseWorker.upsert({
      where: { caseId_userId: { caseId, userId: actor.userId } },
      create: { caseId, userId: actor.userId, role: "Accepted the referral" },
      update: { removedAt: null },
    });
    // createMany: the notification is someone else's, so it is not read back (row security).
    await tx.notification.createMany({ data: [{ kind: "REFERRAL_ACCEPTED", userId: referral.sentById, caseId, referralId }] });
    return { ok: true as const, caseId };
  });
  return isDenied(result) ? refused(result, {}) : result;
}

export async function declineReferral(actor: AccessActor, referralId: string, formData: FormData): Promise<{ ok: true } | FormFailure<DeclineValues>> {
  const values = declineValuesOf(formData);
  const parsed = declineSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const caseId = await caseToAuthorise(referralId);
  const result = await inCaseTransaction(actor, caseId, "declineReferral", { recordType: "Referral", recordId: referralId, details: { declineReason: parsed.data.declineReason } }, async (tx) => {
    // Read before answering: once declined, the case (and so the referral) is no longer the
    // receiver's to see.
    const referral = await tx.referral.findFirst({
      where: { id: referralId, toOrganisationId: actor.organisation.id, status: "PENDING" },
      select: { sentById: true },
    });
    if (!referral) return formFailure(values, alreadyAnswered);
    const answered = await tx.referral.updateMany({
      where: { id: referralId, toOrganisationId: actor.organisation.id, status: "PENDING" },
      data: { status: "DECLINED", ...parsed.data, respondedAt: new Date(), respondedById: actor.userId },
    });
    if (answered.count === 0) throw new Error("The referral changed while it was being declined");
    await tx.notification.createMany({ data: [{ kind: "REFERRAL_DECLINED", userId: referral.sentById, caseId, referralId }] });
    return { ok: true as const };
  });
  return isDenied(result) ? refused(result, values) : result;
}

/** The referring organisation takes back a referral nobody has answered yet. */
export async function withdrawReferral(actor: AccessActor, referralId: string): Promise<{ ok: true; caseId: string } | FormFailure<Record<string, never>>> {
  const caseId = await caseToAuthorise(referralId);
  const result = await inCaseTransaction(actor, caseId, "withdrawReferral", { recordType: "Referral", recordId: referralId }, async (tx) => {
    const withdrawn = await tx.referral.updateMany({
      where: { id: referralId, fromOrganisationId: actor.organisation.id, status: "PENDING" },
      data: { status: "WITHDRAWN" },
    });
    if (withdrawn.count === 0) return formFailure({}, alreadyAnswered);
    const referral = await tx.referral.findUniqueOrThrow({ where: { id: referralId }, select: { toOrganisationId: true } });
    await tx.notification.createMany({ data: [{ kind: "REFERRAL_WITHDRAWN", organisationId: referral.toOrganisationId, caseId, referralId }] });
    return { ok: true as const, caseId };
  });
  return isDenied(result) ? refused(result, {}) : result;
}
