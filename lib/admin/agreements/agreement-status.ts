// An agreement's status as people mean it: "expired" is not stored, it is an ACTIVE agreement
// whose end date has passed (schema.prisma, SharingAgreement). Pure, unit tested.
import { londonDayOf } from "@/lib/domain/london-time";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import type { AgreementDisplayStatus } from "../labels";

export function agreementDisplayStatus(
  agreement: { status: AgreementStatus; endsOn: Date | null },
  today: Date = new Date(),
): AgreementDisplayStatus {
  if (agreement.status !== "ACTIVE") return agreement.status;
  return agreement.endsOn && agreement.endsOn < londonDayOf(today) ? "EXPIRED" : "ACTIVE";
}

/** Days from today until the agreement's end date (0 on its last day), or null when open-ended. */
export function daysUntilEnd(endsOn: Date | null, today: Date = new Date()): number | null {
  if (!endsOn) return null;
  return Math.round((endsOn.getTime() - londonDayOf(today).getTime()) / 86_400_000);
}

export const expiringWithinDays = 60;
