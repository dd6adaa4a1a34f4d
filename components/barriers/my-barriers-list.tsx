// "Barriers I own or raised": what waits for me to accept, what I own, what I raised, actions
// given to me, and what changed since I last looked.
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Tag } from "@/components/ui/tag";
import type { MyBarriers } from "@/lib/barriers/my-barriers";
import { formatDate } from "@/lib/domain/london-time";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { BarrierTable } from "./barrier-table";

const changeText: Partial<Record<NotificationKind, string>> = {
  BARRIER_RAISED: "was raised where you are responsible",
  BARRIER_EDITED: "was changed",
  BARRIER_CASE_LINKED: "has a new case linked",
  BARRIER_ACCEPTED: "was accepted",
  BARRIER_ACTION_ADDED: "has a new action",
  BARRIER_ACTION_UPDATED: "has an action updated",
  BARRIER_COMMENTED: "has a new comment",
  BARRIER_ESCALATED: "was escalated",
  BARRIER_RESOLVED: "was resolved",
  BARRIER_CLOSED_UNRESOLVED: "was closed as cannot be resolved",
};

type Props = { mine: MyBarriers; markRead: () => Promise<void> };

export function MyBarriersList({ mine, markRead }: Props) {
  const nothing = !mine.waiting.length && !mine.owned.length && !mine.raised.length && !mine.actions.length && !mine.notifications.length;
  return (
    <section aria-labelledby="my-barriers-title" className="mb-10">
      <h2 id="my-barriers-title" className="mb-4 text-2xl font-bold">
        Barriers I own or raised
      </h2>
      {nothing && (
        <p className="mb-4">
          Nothing for you at the moment. <Link href="/barriers">See all barriers</Link> or <Link href="/barriers/new">raise one</Link>.
        </p>
      )}
      {mine.notifications.length > 0 && (
        <div className="mb-6 border-l-[10px] border-brand bg-panel p-4">
          <h3 className="mb-2 text-xl font-bold">What changed ({mine.notifications.length})</h3>
          <ul className="mb-3 space-y-1">
            {mine.notifications.map((n) => (
              <li key={n.id}>
                <Link href={`/barriers/${n.barrier.id}`}>
                  {n.barrier.reference}: {n.barrier.title}
                </Link>{" "}
                {changeText[n.kind] ?? "changed"} ({formatDate(n.at)})
              </li>
            ))}
          </ul>
          <form action={markRead}>
            <Button type="submit" variant="secondary">
              Mark these as read
            </Button>
          </form>
        </div>
      )}
      {mine.waiting.length > 0 && <BarrierTable caption={<span className="text-xl">Waiting for you to accept ({mine.waiting.length})</span>} rows={mine.waiting} />}
      {mine.owned.length > 0 && <BarrierTable caption={<span className="text-xl">Barriers you own ({mine.owned.length})</span>} rows={mine.owned} />}
      {mine.actions.length > 0 && (
        <div className="mb-6">
          <h3 className="mb-2 text-xl font-bold">Barrier actions for you ({mine.actions.length})</h3>
          <ul className="space-y-2">
            {mine.actions.map((a) => (
              <li key={a.id}>
                {a.description} for <Link href={`/barriers/${a.barrier.id}`}>{a.barrier.reference}</Link>, due {formatDate(a.dueOn)} {a.overdue && <Tag tone="red">Overdue</Tag>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {mine.raised.length > 0 && <BarrierTable caption={<span className="text-xl">Barriers you raised ({mine.raised.length})</span>} rows={mine.raised} />}
      <p>
        <a href="/api/barriers/mine.csv" download>
          Download my barriers (CSV)
        </a>
      </p>
    </section>
  );
}
