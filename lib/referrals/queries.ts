// What the receiving organisation sees of a pending referral before it accepts: the summary
// (subject's name, themes, reason, urgency), never the case record.
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import { authorizeCase } from "@/lib/access/authorize-case";
import type { AccessActor } from "@/lib/access/case-policy";
import { unsafeCaseIdOfReferral } from "@/lib/access/unsafe-case-of";
import { visibleReferralsWhere } from "@/lib/access/visible-referrals-where";
import { asActor, unsafeAsSystem } from "@/lib/db/access-context";

export async function getReferralSummary(actor: AccessActor, referralId: string) {
  const caseId = (await unsafeAsSystem((tx) => unsafeCaseIdOfReferral(tx, referralId))) ?? referralId;
  return asActor(actor, async (tx) => {
  const authorisation = await authorizeCase(tx, actor, caseId, "viewReferralSummary", { recordType: "Referral", recordId: referralId.slice(0, 64) });
  if (!authorisation.allowed) return null;
  const grounds = await accessGroundsFor(tx, actor);
  const referral = await tx.referral.findFirst({
    where: { AND: [{ id: referralId }, visibleReferralsWhere(actor, grounds)] },
    select: {
      id: true,
      caseId: true,
      status: true,
      urgency: true,
      reason: true,
      sentAt: true,
      respondedAt: true,
      declineReason: true,
      responseComment: true,
      toOrganisationId: true,
      fromOrganisation: { select: { name: true } },
      toOrganisation: { select: { name: true } },
      toTeam: { select: { name: true } },
      sentBy: { select: { name: true } },
      themes: { select: { theme: { select: { name: true } } } },
      case: { select: { person: { select: { givenName: true, familyName: true } }, neighbourhood: { select: { name: true } } } },
    },
  });
  // The policy allowed the case; the referral must also be one sent to or by their organisation.
  if (!referral) return null;
  return {
    ...referral,
    isReceiver: referral.toOrganisationId === actor.organisation.id,
    subjectName: `${referral.case.person.givenName} ${referral.case.person.familyName}`,
    themes: referral.themes.map((t) => t.theme.name),
  };
  });
}
