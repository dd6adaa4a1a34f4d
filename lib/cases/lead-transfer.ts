// Transfer of a case's lead professional (within the lead organisation) or of its lead
// organisation (to another organisation in the team around the person). Nothing changes until
// the receiver accepts; either answer is sent back to the requester.
import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { plainString } from "@/lib/forms/text";
import type { AccessActor } from "@/lib/access/case-policy";
import { unsafeCaseIdOfTransfer } from "@/lib/access/unsafe-case-of";
import { unsafeAsSystem } from "@/lib/db/access-context";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { inCaseTransaction, isDenied, refused } from "./case-transaction";
import { formFailure, invalid } from "@/lib/forms/failures";
import { isUuid, uuid } from "@/lib/domain/uuid";

export type TransferValues = { kind: string; toProfessionalId: string; toOrganisationId: string; reason: string };

const transferSchema = z
  .object({
    kind: z.enum(["LEAD_PROFESSIONAL", "LEAD_ORGANISATION"], { message: "Choose what to transfer" }),
    toProfessionalId: z.string().transform((v) => v || null).pipe(uuid("Choose the new lead professional").nullable()),
    toOrganisationId: z.string().transform((v) => v || null).pipe(uuid("Choose the new lead organisation").nullable()),
    reason: plainString("reason").trim().min(1, "Enter the reason for the transfer").max(1000, "Reason must be 1,000 characters or fewer"),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "LEAD_PROFESSIONAL" && !v.toProfessionalId) ctx.addIssue({ code: "custom", path: ["toProfessionalId"], message: "Choose the new lead professional" });
    if (v.kind === "LEAD_ORGANISATION" && !v.toOrganisationId) ctx.addIssue({ code: "custom", path: ["toOrganisationId"], message: "Choose the new lead organisation" });
  });

export function transferValuesOf(formData: FormData): TransferValues {
  return { kind: textOf(formData, "kind"), toProfessionalId: textOf(formData, "toProfessionalId"), toOrganisationId: textOf(formData, "toOrganisationId"), reason: textOf(formData, "reason") };
}

export async function requestLeadTransfer(actor: AccessActor, caseId: string, formData: FormData): Promise<{ ok: true } | FormFailure<TransferValues>> {
  const values = transferValuesOf(formData);
  const parsed = transferSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const transferId = randomUUID();
  const result = await inCaseTransaction(actor, caseId, "transferLead", { recordType: "LeadTransfer", recordId: transferId, details: { kind: input.kind } }, async (tx, facts) => {
    if (await tx.leadTransfer.count({ where: { caseId, status: "PENDING" } })) return formFailure(values, "A transfer of this case is already waiting for an answer");
    const toOrganisationId = input.kind === "LEAD_PROFESSIONAL" ? actor.organisation.id : (input.toOrganisationId ?? "");
    if (input.kind === "LEAD_ORGANISATION" && (toOrganisationId === facts.leadOrganisationId || !facts.involvedOrganisationIds.includes(toOrganisationId))) {
      return formFailure(values, "Choose another organisation in the team around the person", { toOrganisationId: ["Choose another organisation in the team around the person"] });
    }
    if (input.toProfessionalId) {
      const professional = await tx.user.findFirst({
        where: { id: input.toProfessionalId, organisationId: toOrganisationId, deactivatedAt: null, roles: { some: { role: "FRONTLINE_WORKER" } } },
        select: { id: true },
      });
      if (!professional) return formFailure(values, "Choose a frontline worker of the receiving organisation", { toProfessionalId: ["Choose a frontline worker of the receiving organisation"] });
    }
    await tx.leadTransfer.create({
      data: { id: transferId, caseId, kind: input.kind, toOrganisationId, toProfessionalId: input.toProfessionalId, reason: input.reason, requestedById: actor.userId },
    });
    // createMany: the notification is someone else's, so it is not read back (row security).
    await tx.notification.createMany({
      data: [
        input.toProfessionalId
          ? { kind: "TRANSFER_REQUESTED", userId: input.toProfessionalId, caseId }
          : { kind: "TRANSFER_REQUESTED", organisationId: toOrganisationId, caseId },
      ],
    });
    return { ok: true as const };
  });
  return isDenied(result) ? refused(result, values) : result;
}

/** The receiver accepts (the case's lead changes now) or declines. */
export async function answerLeadTransfer(actor: AccessActor, transferId: string, accept: boolean): Promise<{ ok: true; caseId: string } | FormFailure<Record<string, never>>> {
  // An unknown transfer is authorised against its own id, which names no case: refused like a case not shared.
  const caseId = (await unsafeAsSystem((tx) => unsafeCaseIdOfTransfer(tx, transferId))) ?? transferId;
  const result = await inCaseTransaction(actor, caseId, "answerTransfer", { recordType: "LeadTransfer", recordId: transferId, details: { accepted: accept } }, async (tx, facts) => {
    const pending = await tx.leadTransfer.findFirst({
      where: { id: transferId, status: "PENDING", toOrganisationId: actor.organisation.id, OR: [{ toProfessionalId: actor.userId }, { toProfessionalId: null }] },
      select: { kind: true, toOrganisationId: true, requestedById: true },
    });
    if (!pending) return formFailure({}, "This transfer is not waiting for your answer");
    await tx.leadTransfer.update({ where: { id: transferId }, data: { status: accept ? "ACCEPTED" : "DECLINED", respondedById: actor.userId, respondedAt: new Date() } });
    if (accept) {
      await tx.sharedCase.update({
        where: { id: caseId },
        data: { leadProfessionalId: actor.userId, leadOrganisationId: pending.toOrganisationId, version: { increment: 1 } },
      });
      if (pending.kind === "LEAD_ORGANISATION") {
        await tx.caseInvolvement.updateMany({ where: { caseId, organisationId: facts.leadOrganisationId }, data: { role: "SUPPORTING" } });
        await tx.caseInvolvement.updateMany({ where: { caseId, organisationId: pending.toOrganisationId }, data: { role: "LEAD" } });
      }
      await tx.caseWorker.updateMany({ where: { caseId, role: "Lead professional" }, data: { role: "Previously lead professional" } });
      await tx.caseWorker.upsert({
        where: { caseId_userId: { caseId, userId: actor.userId } },
        create: { caseId, userId: actor.userId, role: "Lead professional" },
        update: { role: "Lead professional", removedAt: null },
      });
    }
    await tx.notification.createMany({ data: [{ kind: "TRANSFER_ANSWERED", userId: pending.requestedById, caseId }] });
    return { ok: true as const, caseId };
  });
  return isDenied(result) ? refused(result, {}) : result;
}
