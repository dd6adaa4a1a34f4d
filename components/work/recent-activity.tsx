// What other organisations recorded on the worker's cases in the last fortnight.
import Link from "next/link";
import type { ActivityRow } from "@/lib/cases/my-work/recent-activity";
import { formatDate } from "@/lib/domain/london-time";
import { contactKindLabels } from "@/lib/domain/labels";

export function RecentActivity({ activity }: { activity: ActivityRow[] }) {
  return (
    <section aria-labelledby="activity-title" className="mb-10">
      <h2 id="activity-title" className="mb-3 text-2xl font-bold">Recent activity on your cases by other organisations</h2>
      {activity.length === 0 ? (
        <p>Nothing in the last 14 days.</p>
      ) : (
        <ul className="space-y-1">
          {activity.map((a) => (
            <li key={a.id}>
              {a.by} recorded a {contactKindLabels[a.kind].toLowerCase()} on <Link href={`/cases/${a.case.id}#chronology`}>{a.case.reference}</Link> (
              {formatDate(a.at)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
