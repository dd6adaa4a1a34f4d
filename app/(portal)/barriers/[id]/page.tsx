// One barrier: open to every signed-in user of the partnership. What each reader may do with it
// comes from the barrier policy, with the reason when they may not.
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BarrierActionStatusForm } from "@/components/barriers/barrier-action-status-form";
import { BarrierActionsTable } from "@/components/barriers/barrier-actions-table";
import { BarrierHistory } from "@/components/barriers/barrier-history";
import { BarrierSummary } from "@/components/barriers/barrier-summary";
import { BarrierStatusTag, LevelTag, OverdueTag } from "@/components/barriers/barrier-tags";
import { CommentForm } from "@/components/barriers/comment-form";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { requireBarrierReader } from "@/lib/barriers/require-barrier-reader";
import { commentOnBarrierAction, updateBarrierActionAction } from "@/lib/barriers/actions";
import { getBarrierForView } from "@/lib/barriers/barrier-view";
import { escalationLevelLabels } from "@/lib/barriers/labels";
import { nextLevel } from "@/lib/access/barrier-policy";
import { formatDate } from "@/lib/domain/london-time";

export const metadata: Metadata = { title: "Barrier" };

const savedMessages: Record<string, string> = {
  raised: "Barrier raised: the people responsible for it have been told",
  edited: "Barrier details saved",
  accepted: "You now own this barrier",
  action: "Action added",
  "action-status": "Action updated",
  comment: "Comment added",
  escalated: "Barrier escalated: the people responsible at the next level have been told",
  closed: "Barrier closed",
  linked: "Case added",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function BarrierPage({ params, searchParams }: Props) {
  const actor = await requireBarrierReader();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const barrier = await getBarrierForView(actor, id);
  if (!barrier) notFound();
  const can = barrier.permissions;
  const up = nextLevel(barrier.level);
  const tasks = [
    can.accept.allowed && { href: `/barriers/${id}/accept`, label: "Accept this barrier" },
    can.addAction.allowed && { href: `/barriers/${id}/actions/new`, label: "Add an action" },
    can.escalate.allowed && up && { href: `/barriers/${id}/escalate`, label: `Escalate to the ${escalationLevelLabels[up].toLowerCase()}` },
    (can.resolve.allowed || can.closeUnresolved.allowed) && { href: `/barriers/${id}/close`, label: "Close this barrier" },
    can.edit.allowed && { href: `/barriers/${id}/edit`, label: "Change details or review date" },
    can.linkCase.allowed && { href: `/barriers/${id}/cases/new`, label: "Add a case where it got in the way" },
  ].filter((t): t is { href: string; label: string } => Boolean(t));
  const closed = barrier.status === "RESOLVED" || barrier.status === "CLOSED_UNRESOLVED";

  return (
    <>
      {query.saved && savedMessages[query.saved] && <NotificationBanner>{savedMessages[query.saved]}</NotificationBanner>}
      <p className="mb-1 text-xl text-secondary-ink">
        {barrier.reference} · <Link href="/barriers">Barriers</Link>
      </p>
      <h1 className="mb-3 text-4xl font-bold">{barrier.title}</h1>
      <p className="mb-8 flex flex-wrap gap-2">
        <BarrierStatusTag status={barrier.status} />
        <LevelTag level={barrier.level} />
        {barrier.overdue && <OverdueTag />}
      </p>

      {closed && barrier.resolution && (
        <section aria-labelledby="outcome-title" className="mb-8 border-l-[10px] border-success bg-panel p-4">
          <h2 id="outcome-title" className="mb-2 text-2xl font-bold">
            {barrier.status === "RESOLVED" ? "Resolved: what was agreed" : "Closed: why it cannot be resolved"}
          </h2>
          <p className="whitespace-pre-line">{barrier.resolution}</p>
          {barrier.closedAt && <p className="mt-2 text-secondary-ink">Closed on {formatDate(barrier.closedAt)} at the {barrier.levelName} level.</p>}
        </section>
      )}

      <nav aria-label="Barrier tasks" className="mb-8">
        {tasks.length > 0 ? (
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {tasks.map((t) => (
              <li key={t.href}>
                <Link href={t.href} className="font-bold">
                  {t.label}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          !closed && <p className="border-l-[5px] border-border pl-3">{barrier.responsible} act on this barrier at the {barrier.levelName} level. You can follow it here and you will see every change.</p>
        )}
      </nav>

      <h2 className="mb-4 text-2xl font-bold">About this barrier</h2>
      <BarrierSummary barrier={barrier} />

      <BarrierActionsTable
        actions={barrier.actions}
        statusControl={(a) => <BarrierActionStatusForm action={updateBarrierActionAction.bind(null, id)} actionId={a.id} status={a.status} description={a.description} />}
      />

      <section aria-labelledby="comments-title" className="mb-10">
        <h2 id="comments-title" className="mb-4 text-2xl font-bold">
          Comments ({barrier.comments.length})
        </h2>
        {barrier.comments.length === 0 ? (
          <p className="mb-4">No comments yet.</p>
        ) : (
          <ul className="mb-6 space-y-4">
            {barrier.comments.map((c) => (
              <li key={c.id} className="border-b border-border pb-3">
                <p className="whitespace-pre-line">{c.body}</p>
                <p className="text-secondary-ink">
                  {c.author}, {formatDate(c.at)}
                </p>
              </li>
            ))}
          </ul>
        )}
        {can.comment.allowed && <CommentForm action={commentOnBarrierAction.bind(null, id)} requestId={randomUUID()} />}
      </section>

      <BarrierHistory history={barrier.history} />
    </>
  );
}
