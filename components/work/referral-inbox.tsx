// Referrals waiting for the worker's organisation: who each is about, from whom, how urgent.
import Link from "next/link";
import { Tag } from "@/components/ui/tag";
import type { InboxRow } from "@/lib/cases/my-work/referral-inbox";
import { formatDate } from "@/lib/domain/london-time";
import { referralUrgencyLabels } from "@/lib/domain/labels";

export function ReferralInbox({ referrals, total, viewAll }: { referrals: InboxRow[]; total: number; viewAll?: string }) {
  return (
    <section aria-labelledby="inbox-title" className="mb-10">
      <h2 id="inbox-title" className="mb-3 text-2xl font-bold">
        Referrals waiting for your organisation ({total})
      </h2>
      {referrals.length === 0 ? (
        <p>No referrals are waiting.</p>
      ) : (
        <ul className="mb-4 space-y-3">
          {referrals.map((r) => (
            <li key={r.id} className="border-b border-border pb-2">
              <Link href={`/referrals/${r.id}`} className="font-bold">
                {r.subjectName}
              </Link>{" "}
              {r.urgency === "URGENT" && <Tag tone="red">Urgent</Tag>}
              <span className="block text-base">
                From {r.from}, sent {formatDate(r.sentAt)} · {referralUrgencyLabels[r.urgency]} · {r.themes.join(", ")}
              </span>
            </li>
          ))}
        </ul>
      )}
      {viewAll && total > referrals.length && (
        <p>
          <Link href={viewAll}>View all {total} referrals waiting</Link>
        </p>
      )}
    </section>
  );
}
