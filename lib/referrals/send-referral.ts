// Refers a case to another organisation (optionally one of its teams). Refused, with a clear
// message, without consent or an approved lawful basis, or when no sharing agreement in force
// would let the receiver see the case once it accepts.
import "server-only";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { randomUUID } from "node:crypto";
import { agreementInForceWhere } from "@/lib/access/agreements-in-force";
import type { AccessActor } from "@/lib/access/case-policy";
import { inCaseTransaction, isDenied, refused } from "@/lib/cases/case-transaction";
import { createOnce } from "@/lib/cases/create-once";
import { formFailure, invalid } from "@/lib/forms/failures";
import { referralSchema } from "@/lib/cases/schemas";
import { db } from "@/lib/db";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf, textsOf } from "@/lib/forms/form-values";

export type ReferralValues = {
  toOrganisationId: string;
  toTeamId: string;
  reason: string;
  themeIds: string[];
  urgency: string;
  clientRequestId: string;
};

export function referralValuesOf(formData: FormData): ReferralValues {
  return {
    toOrganisationId: textOf(formData, "toOrganisationId"),
    toTeamId: textOf(formData, "toTeamId"),
    reason: textOf(formData, "reason"),
    themeIds: textsOf(formData, "themeIds"),
    urgency: textOf(formData, "urgency"),
    clientRequestId: textOf(formData, "clientRequestId"),
  };
}

export async function sendReferral(
  actor: AccessActor,
  caseId: string,
  formData: FormData,
): Promise<{ ok: true } | FormFailure<ReferralValues>> {
  const values = referralValuesOf(formData);
  const parsed = referralSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const problem = (message: string, field = "toOrganisationId") => formFailure(values, message, { [field]: [message] });

  const referralId = randomUUID();
  const result = await createOnce(
    {
      table: "Referral",
      actorId: actor.userId,
      values,
      saved: async () => {
        const saved = await unsafeAsSystem((tx) => tx.referral.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { id: true, sentById: true } }));
        return saved && { id: saved.id, savedById: saved.sentById };
      },
    },
    async () => {
      const result = await inCaseTransaction(
        actor,
        caseId,
        "refer",
        { recordType: "Referral", recordId: referralId, details: { urgency: input.urgency } },
        async (tx, facts) => {
          const receiver = await tx.organisation.findUnique({
            where: { id: input.toOrganisationId },
            select: { id: true, name: true, status: true },
          });
          if (!receiver || receiver.status !== "ACTIVE") return problem("Choose an active member organisation");
          if (receiver.id === actor.organisation.id)
            return problem("Choose another organisation: yours is already in the team around the person");
          if (facts.involvedOrganisationIds.includes(receiver.id))
            return problem(`${receiver.name} is already in the team around the person`);
          if (facts.pendingReferralOrganisationIds.includes(receiver.id))
            return problem(`${receiver.name} already has a referral for this case waiting for an answer`);
          if (input.themeIds.some((t) => !facts.themeIds.includes(t)))
            return problem("Choose themes of this case", "themeIds");
          if (input.toTeamId) {
            const team = await tx.team.findFirst({
              where: { id: input.toTeamId, members: { some: { user: { organisationId: receiver.id } } } },
              select: { id: true },
            });
            if (!team) return problem("Choose a team that has members from the chosen organisation", "toTeamId");
          }
          const agreements = await tx.sharingAgreement.findMany({
            where: {
              ...agreementInForceWhere(new Date()),
              AND: [
                { parties: { some: { organisationId: receiver.id } } },
                { parties: { some: { organisationId: facts.leadOrganisationId } } },
              ],
            },
            select: { themes: { select: { themeId: true } } },
          });
          const covers = agreements.some((a) => facts.themeIds.every((t) => a.themes.some((x) => x.themeId === t)));
          if (!covers) {
            return problem(
              `No information-sharing agreement in force covers sharing this case's themes with ${receiver.name}. Ask your partnership admin about an agreement.`,
            );
          }
          await tx.referral.create({
            data: {
              id: referralId,
              caseId,
              fromOrganisationId: actor.organisation.id,
              sentById: actor.userId,
              toOrganisationId: receiver.id,
              toTeamId: input.toTeamId,
              reason: input.reason,
              urgency: input.urgency,
              clientRequestId: input.clientRequestId,
              themes: { create: input.themeIds.map((themeId) => ({ themeId })) },
            },
          });
          // createMany: the receiver's notification is not the sender's to read back (row security).
          await tx.notification.createMany({ data: [{ kind: "REFERRAL_RECEIVED", organisationId: receiver.id, caseId, referralId }] });
          return { ok: true as const };
        },
      );
      return isDenied(result) ? refused(result, values) : result;
    },
  );
  return result.ok ? { ok: true } : result;
}
