// The partnership board's agenda: every barrier escalated to the board, oldest first, with its
// history; then what the board decided. Board members land here; every user may read it.
import type { Metadata } from "next";
import Link from "next/link";
import { BarrierHistory } from "@/components/barriers/barrier-history";
import { BarrierStatusTag, OverdueTag } from "@/components/barriers/barrier-tags";
import { actionStatusLabels } from "@/lib/domain/labels";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { pageFrom } from "@/lib/domain/paging";
import { SummaryList } from "@/components/ui/summary-list";
import { requireBarrierReader } from "@/lib/barriers/require-barrier-reader";
import { getBoardAgenda, type BoardAgenda } from "@/lib/barriers/board-agenda";
import { barrierCategoryLabels } from "@/lib/barriers/labels";
import { formatDate } from "@/lib/domain/london-time";

export const metadata: Metadata = { title: "Partnership board agenda" };

type Item = BoardAgenda["open"][number];

function AgendaItem({ item, index }: { item: Item; index: number }) {
  const closed = item.status === "RESOLVED" || item.status === "CLOSED_UNRESOLVED";
  return (
    <article aria-labelledby={`item-${item.id}`} className="mb-12 border-t-[5px] border-brand pt-4">
      <h3 id={`item-${item.id}`} className="mb-2 text-2xl font-bold">
        {index > 0 && <span className="text-secondary-ink">{index}. </span>}
        <Link href={`/barriers/${item.id}`}>{item.title}</Link>
      </h3>
      <p className="mb-4 flex flex-wrap gap-2">
        <span className="text-secondary-ink">{item.reference}</span>
        <BarrierStatusTag status={item.status} />
        {item.overdue && <OverdueTag />}
      </p>
      {closed && item.resolution && (
        <div className="mb-4 border-l-[10px] border-success bg-panel p-4">
          <p className="font-bold">{item.status === "RESOLVED" ? "What was agreed" : "Why it cannot be resolved"}</p>
          <p className="whitespace-pre-line">{item.resolution}</p>
        </div>
      )}
      <SummaryList
        rows={[
          { key: "What happens", value: item.description },
          { key: "Effect on people and services", value: item.effect || "Not recorded" },
          { key: "Kind", value: barrierCategoryLabels[item.category] },
          { key: "Whose", value: item.organisations.join(", ") || "Not recorded" },
          { key: "Raised", value: `${formatDate(item.raisedAt)} in ${item.place}, by ${item.raisedBy}` },
          { key: "At the board since", value: item.escalatedAt ? formatDate(item.escalatedAt) : "Not recorded" },
          { key: "Owner", value: item.owner ?? "Nobody yet: a board member must accept it" },
          ...(closed ? [] : [{ key: "Review by", value: formatDate(item.reviewBy) }]),
        ]}
      />
      {item.actions.length > 0 && (
        <div className="mb-4">
          <h4 className="mb-2 text-lg font-bold">Actions agreed</h4>
          <ul className="list-disc space-y-1 pl-6">
            {item.actions.map((a) => (
              <li key={a.id}>
                {a.description}: {a.owner}, due {formatDate(a.dueOn)} ({actionStatusLabels[a.status].toLowerCase()})
              </li>
            ))}
          </ul>
        </div>
      )}
      <details>
        <summary className="mb-3 cursor-pointer text-link underline">History of {item.reference} ({item.history.length} entries)</summary>
        <BarrierHistory history={item.history} headingLevel={3} />
      </details>
    </article>
  );
}

export default async function BoardAgendaPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireBarrierReader();
  const agenda = await getBoardAgenda(actor, pageFrom((await searchParams).page));
  return (
    <>
      <PageHeading caption="Tackling barriers">Partnership board agenda</PageHeading>
      <p className="mb-4 max-w-3xl text-xl">Barriers that neighbourhoods and localities could not remove, for the board to decide. Oldest first.</p>
      <p className="mb-8">
        <a href="/api/barriers/board.csv" download>
          Download the agenda (CSV)
        </a>{" "}
        · <Link href="/barriers?level=PARTNERSHIP_BOARD">All board barriers in the log</Link>
      </p>
      <section aria-labelledby="open-title" className="mb-12">
        <h2 id="open-title" className="mb-6 text-3xl font-bold">
          For decision ({agenda.openTotal.toLocaleString("en-GB")})
        </h2>
        {agenda.open.length === 0 ? <p>Nothing is waiting for the board.</p> : agenda.open.map((item, i) => <AgendaItem key={item.id} item={item} index={agenda.firstNumber + i} />)}
        <Pagination page={agenda.page} pageCount={agenda.pageCount} hrefFor={(page) => `/barriers/board?page=${page}`} label="Pages of the agenda" />
      </section>
      <section aria-labelledby="decided-title">
        <h2 id="decided-title" className="mb-6 text-3xl font-bold">
          Decided in the last {agenda.decidedMonths} months ({agenda.decidedTotal.toLocaleString("en-GB")})
        </h2>
        {agenda.decided.length === 0 ? <p>The board has not closed any barriers in this time.</p> : agenda.decided.map((item) => <AgendaItem key={item.id} item={item} index={0} />)}
        {agenda.decidedTotal > agenda.decided.length && (
          <p>
            These are the latest {agenda.decided.length}. <Link href="/barriers?level=PARTNERSHIP_BOARD&status=closed">All barriers closed at the board</Link>
          </p>
        )}
      </section>
    </>
  );
}
