// Consent over time (DOMAIN.md, "Information governance"): what the consent record in force says
// on a given day — whether it opens sharing beyond the lead organisation, whether it suspends the
// partners' access, and why, in words. Pure: `today` is passed in (a London day, date-only).
// The same rule is kept on the case by the trigger gt_refresh_partner_access (migration
// consent_over_time) so the list filter can say it; tests check they agree.
import type { ConsentStatus, LawfulBasis } from "@/lib/generated/prisma/enums";
import { lawfulBasisLabels } from "@/lib/domain/labels";
import { formatDate } from "@/lib/domain/london-time";

/** The consent record in force (the newest) as the policy reads it. */
export type ConsentInForce = {
  status: ConsentStatus;
  decidedOn: Date | null;
  lawfulBasis: LawfulBasis | null;
  approvedById: string | null;
  reviewOn: Date | null;
  awaitsConfirmation: boolean;
  declinedAt: Date | null;
};

export type ConsentStateKind =
  | "none"
  | "not-asked"
  | "refused"
  | "given"
  | "lapsed"
  | "withdrawn"
  | "basis-confirmed"
  | "basis-unconfirmed"
  | "basis-declined"
  | "basis-lapsed";

export type ConsentState = {
  kind: ConsentStateKind;
  /** Consent given, or a confirmed lawful basis, not yet due for review: sharing may widen (referrals). */
  opensSharing: boolean;
  /** Partners keep only that they were involved: consent withdrawn or lapsed, a lawful basis not confirmed. */
  suspendsPartners: boolean;
  /** For the audit trail and the user ("Consent lapsed on 3 March 2027; access suspended until renewed"). */
  reason: string;
  /** GOV.UK tag words for the case page. */
  tag: string;
};

const suspended = (kind: ConsentStateKind, reason: string, tag: string): ConsentState => ({ kind, opensSharing: false, suspendsPartners: true, reason, tag });
const open = (kind: ConsentStateKind, reason: string, tag: string): ConsentState => ({ kind, opensSharing: true, suspendsPartners: false, reason, tag });

/** A lawful basis relied on instead of consent (consent not given, and an approver named). */
export function reliesOnLawfulBasis(consent: ConsentInForce): boolean {
  return consent.status !== "GIVEN" && consent.lawfulBasis !== null && consent.approvedById !== null;
}

/** On its review day a record no longer opens sharing. */
function dueFor(consent: ConsentInForce, today: Date): boolean {
  return consent.reviewOn !== null && consent.reviewOn.getTime() <= today.getTime();
}

const until = (consent: ConsentInForce) => (consent.reviewOn ? ` until ${formatDate(consent.reviewOn)}` : "");

export function consentStateOf(consent: ConsentInForce | null, today: Date): ConsentState {
  // Without a consent decision the agreement alone decides, as before consent had a life time.
  if (!consent) return { kind: "none", opensSharing: false, suspendsPartners: false, reason: "no consent decision is recorded", tag: "Not recorded" };
  if (reliesOnLawfulBasis(consent)) {
    const basis = `a lawful basis (${lawfulBasisLabels[consent.lawfulBasis as LawfulBasis].toLowerCase()})`;
    if (consent.declinedAt) return suspended("basis-declined", `The approver declined ${basis} on ${formatDate(consent.declinedAt)}; access suspended until consent is given or a lawful basis confirmed`, "Lawful basis declined");
    if (consent.awaitsConfirmation) return suspended("basis-unconfirmed", `${capitalise(basis)} awaits confirmation by its approver; access suspended until it is confirmed`, "Awaiting confirmation");
    if (dueFor(consent, today)) return suspended("basis-lapsed", `The lawful basis lapsed on ${formatDate(consent.reviewOn as Date)}; access suspended until it is confirmed again or consent given`, "Lawful basis lapsed");
    return open("basis-confirmed", `${capitalise(basis)} is confirmed by its approver${until(consent)}`, "Lawful basis confirmed");
  }
  switch (consent.status) {
    case "GIVEN":
      if (dueFor(consent, today)) return suspended("lapsed", `Consent lapsed on ${formatDate(consent.reviewOn as Date)}; access suspended until renewed`, "Consent lapsed");
      return open("given", `the person has consented to sharing${until(consent)}`, "Consent given");
    case "WITHDRAWN": {
      const on = consent.decidedOn ? ` on ${formatDate(consent.decidedOn)}` : "";
      return suspended("withdrawn", `Consent was withdrawn${on}; access suspended until renewed or a lawful basis confirmed`, "Consent withdrawn");
    }
    case "REFUSED":
      return { kind: "refused", opensSharing: false, suspendsPartners: false, reason: "the person refused consent and no confirmed lawful basis is recorded", tag: "Consent refused" };
    case "NOT_YET_ASKED":
      return { kind: "not-asked", opensSharing: false, suspendsPartners: false, reason: "the person has not yet been asked for consent", tag: "Not yet asked" };
  }
}

function capitalise(text: string) {
  return text[0].toUpperCase() + text.slice(1);
}

/** The review day of a record made on `from`: the agreement's review period on (months, clamped to the month's end). */
export function reviewDayAfter(from: Date, months: number): Date {
  const y = from.getUTCFullYear();
  const m = from.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(from.getUTCDate(), last)));
}

/** How long before review the lead professional is reminded (lib/consent/consent-reminders.ts). */
export const reviewReminderDays = 28;
