// The review day of a consent decision recorded on a case: the shortest review period of the
// sharing agreements in force that cover it (the lead organisation, every theme), 12 months if none.
import "server-only";
import { agreementInForceWhere } from "@/lib/access/agreements-in-force";
import { reviewDayAfter } from "@/lib/access/consent-state";
import type { Tx } from "@/lib/db/create-client";
import { londonToday } from "@/lib/domain/london-time";

export const defaultConsentReviewMonths = 12;

export async function consentReviewMonthsFor(tx: Tx, facts: { leadOrganisationId: string; themeIds: string[] }, now: Date = new Date()): Promise<number> {
  const agreements = await tx.sharingAgreement.findMany({
    where: { ...agreementInForceWhere(now), parties: { some: { organisationId: facts.leadOrganisationId } } },
    select: { consentReviewMonths: true, themes: { select: { themeId: true } } },
  });
  const covering = agreements.filter((a) => facts.themeIds.every((theme) => a.themes.some((t) => t.themeId === theme)));
  return covering.length > 0 ? Math.min(...covering.map((a) => a.consentReviewMonths)) : defaultConsentReviewMonths;
}

/** From the decision's day (or today), the agreement's review period on. */
export async function consentReviewDayFor(tx: Tx, facts: { leadOrganisationId: string; themeIds: string[] }, decidedOn: Date | null, now: Date = new Date()): Promise<Date> {
  return reviewDayAfter(decidedOn ?? londonToday(now), await consentReviewMonthsFor(tx, facts, now));
}
