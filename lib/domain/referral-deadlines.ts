// How long an organisation has to answer a referral, by its urgency: past this a pending referral
// is "unanswered" on the supervisor's caseload (lib/supervision/caseload.ts). Illustrative,
// partnership-wide; change them here and nowhere else.
import type { ReferralUrgency } from "@/lib/generated/prisma/enums";

export const referralResponseDays: Record<ReferralUrgency, number> = {
  URGENT: 1,
  SOON: 5,
  ROUTINE: 10,
};

/** Referrals of each urgency sent before this instant are past their response deadline at `now`. */
export function sentBeforeForOverdue(urgency: ReferralUrgency, now: Date): Date {
  return new Date(now.getTime() - referralResponseDays[urgency] * 86_400_000);
}
