// Updates on the worker's referrals and transfers, each with "Mark as read".
import Link from "next/link";
import type { NotificationRow } from "@/lib/cases/my-work/my-notifications";
import { formatDate } from "@/lib/domain/london-time";
import { declineReasonLabels, labelFor } from "@/lib/domain/labels";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/cases/my-work/actions";
import { MarkReadForm } from "./mark-read-form";

// Barrier notifications have their own section (components/barriers/my-barriers-list.tsx).
const notificationText: Partial<Record<NotificationKind, string>> = {
  REFERRAL_RECEIVED: "sent your organisation a referral",
  REFERRAL_ACCEPTED: "accepted your referral",
  REFERRAL_DECLINED: "declined your referral",
  REFERRAL_WITHDRAWN: "withdrew a referral",
  TRANSFER_REQUESTED: "asked you to take the lead",
  TRANSFER_ANSWERED: "answered your request to transfer the lead",
  BREAK_GLASS_USED: "used break-glass access to your restricted record",
  ACCESS_REQUESTED: "asked you for access to your restricted record",
  ACCESS_REQUEST_ANSWERED: "answered your request for access",
};

// Consent over time (lib/consent/): said as a whole sentence, as no organisation sent them.
const consentText: Partial<Record<NotificationKind, string>> = {
  CONSENT_REVIEW_DUE: "Consent is due for review soon",
  LAWFUL_BASIS_TO_CONFIRM: "A lawful basis awaits your confirmation (see Approvals)",
  LAWFUL_BASIS_ANSWERED: "The approver answered the lawful basis",
};

export function Notifications({ items }: { items: NotificationRow[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="notifications-title" className="mb-10 border-l-[10px] border-brand bg-panel p-4">
      <h2 id="notifications-title" className="mb-3 text-2xl font-bold">
        Updates ({items.length} unread)
      </h2>
      <ul className="mb-4 space-y-3">
        {items.map((n) => (
          <li key={n.id} className="flex flex-wrap items-start justify-between gap-2 border-b border-border pb-2">
            <p>
              {consentText[n.kind] ?? `${n.organisation ?? "Someone"} ${notificationText[n.kind] ?? "updated something of yours"}`}
              {n.case && (
                <>
                  {" "}for <Link href={`/cases/${n.case.id}`}>{n.case.reference}</Link>
                </>
              )}{" "}
              ({formatDate(n.at)})
              {n.declineReason && <span className="block">Reason: {labelFor(declineReasonLabels, n.declineReason)}</span>}
              {n.comment && <span className="block text-secondary-ink">“{n.comment}”</span>}
            </p>
            <MarkReadForm action={markNotificationReadAction.bind(null, n.id)} label="Mark as read" hiddenLabel={` the update${n.case ? ` on ${n.case.reference}` : ""}`} />
          </li>
        ))}
      </ul>
      {items.length > 1 && <MarkReadForm action={markAllNotificationsReadAction} label="Mark all as read" />}
    </section>
  );
}
