// What the receiving organisation sees of a pending referral before it accepts: the summary
// (subject's name, themes, reason, urgency), never the case record.
import "server-only";
import { z } from "zod";
import { authorizeCase } from "@/lib/access/authorize-case";
import type { AccessActor } from "@/lib/access/case-policy";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/uuid";

export async function getReferralSummary(actor: AccessActor, referralId: string) {
  if (!isUuid(referralId)) return null;
  const found = await db.referral.findUnique({ where: { id: referralId }, select: { caseId: true, toOrganisationId: true, fromOrganisationId: true } });
  const concerned = found && [found.toOrganisationId, found.fromOrganisationId].includes(actor.organisation.id);
  const authorisation = await authorizeCase(db, actor, concerned ? found.caseId : referralId, "viewReferralSummary", {
    recordType: "Referral",
    recordId: referralId,
  });
  if (!authorisation.allowed || !concerned) return null;
  const referral = await db.referral.findUniqueOrThrow({
    where: { id: referralId },
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
  return {
    ...referral,
    isReceiver: referral.toOrganisationId === actor.organisation.id,
    subjectName: `${referral.case.person.givenName} ${referral.case.person.familyName}`,
    themes: referral.themes.map((t) => t.theme.name),
  };
}
