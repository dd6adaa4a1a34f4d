// What a barrier is and where it stands, as a summary list.
import Link from "next/link";
import { SummaryList } from "@/components/ui/summary-list";
import { barrierCategoryLabels, escalationLevelLabels } from "@/lib/barriers/labels";
import type { BarrierView } from "@/lib/barriers/barrier-view";
import { formatDate } from "@/lib/domain/london-time";
import { BarrierStatusTag, OverdueTag } from "./barrier-tags";

function person(p: { name: string; jobTitle: string | null; organisation: string; you: boolean }) {
  return `${p.name}${p.jobTitle ? `, ${p.jobTitle}` : ""}, ${p.organisation}${p.you ? " (you)" : ""}`;
}

export function LinkedCases({ linked }: { linked: BarrierView["linkedCases"] }) {
  if (linked.total === 0) return <>None linked</>;
  const hidden = linked.total - linked.visible.length;
  return (
    <>
      {linked.visible.length > 0 && (
        <ul className="mb-1">
          {linked.visible.map((c) => (
            <li key={c.id}>
              <Link href={`/cases/${c.id}`}>{c.reference}</Link>
            </li>
          ))}
        </ul>
      )}
      <p>
        {linked.visible.length === 0
          ? `${linked.total} ${linked.total === 1 ? "case" : "cases"} (not shared with your organisation)`
          : hidden > 0
            ? `and ${hidden} more not shared with your organisation`
            : `${linked.total} ${linked.total === 1 ? "case" : "cases"}`}
      </p>
    </>
  );
}

export function BarrierSummary({ barrier }: { barrier: BarrierView }) {
  const place = barrier.place.neighbourhood ? (
    <>
      <Link href={barrier.place.neighbourhood.path}>{barrier.place.neighbourhood.name}</Link>, <Link href={barrier.place.locality.path}>{barrier.place.locality.name}</Link>
    </>
  ) : (
    <>
      The whole of <Link href={barrier.place.locality.path}>{barrier.place.locality.name}</Link>
    </>
  );
  return (
    <SummaryList
      rows={[
        { key: "What happens", value: <p className="whitespace-pre-line">{barrier.description}</p> },
        { key: "Effect on people and services", value: <p className="whitespace-pre-line">{barrier.effect || "Not recorded"}</p> },
        { key: "Kind of barrier", value: barrierCategoryLabels[barrier.category] },
        { key: "Whose rule, system or budget", value: barrier.organisations.map((o) => o.name).join(", ") || "Not recorded" },
        { key: "Where it is met", value: place },
        { key: "Status", value: <BarrierStatusTag status={barrier.status} /> },
        { key: "Level", value: escalationLevelLabels[barrier.level] },
        { key: "Responsible now", value: barrier.responsible },
        { key: "Owner", value: barrier.owner ? person(barrier.owner) : "Nobody yet: waiting to be accepted" },
        { key: "Raised by", value: `${person(barrier.raisedBy)} on ${formatDate(barrier.raisedAt)}` },
        {
          key: "Review by",
          value: (
            <>
              {formatDate(barrier.reviewBy)} {barrier.overdue && <OverdueTag />}
            </>
          ),
        },
        { key: "Cases where it got in the way", value: <LinkedCases linked={barrier.linkedCases} /> },
      ]}
    />
  );
}
