// Referrals as lists may show them, through the same rule as the policy's
// "viewReferralSummary": the summary of a referral is shown to the organisations it is sent to
// or by, on a case they may see or for which their organisation holds a pending referral.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessActor, AccessGrounds } from "./case-policy";
import { canWorkWithCases, visibleCasesWhere } from "./visible-cases-where";

export function visibleReferralsWhere(actor: AccessActor, grounds: AccessGrounds): Prisma.ReferralWhereInput {
  if (!canWorkWithCases(actor)) return { id: { in: [] } };
  const organisationId = actor.organisation.id;
  return {
    OR: [{ toOrganisationId: organisationId }, { fromOrganisationId: organisationId }],
    case: {
      OR: [visibleCasesWhere(actor, grounds), { referrals: { some: { toOrganisationId: organisationId, status: "PENDING" } } }],
    },
  };
}

/** The agency inbox: referrals waiting for an answer from the actor's organisation. */
export function referralInboxWhere(actor: AccessActor, grounds: AccessGrounds): Prisma.ReferralWhereInput {
  return { AND: [visibleReferralsWhere(actor, grounds), { toOrganisationId: actor.organisation.id, status: "PENDING" }] };
}
