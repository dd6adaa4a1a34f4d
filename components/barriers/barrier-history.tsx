// A barrier's history, oldest first: who did what, when, with the reason or what was agreed.
import { barrierStatusLabels, escalationLevelLabels } from "@/lib/barriers/labels";
import type { HistoryEntry } from "@/lib/barriers/history-entry";
import { formatDate } from "@/lib/domain/london-time";
import { actionStatusLabels, labelFor } from "@/lib/domain/labels";

type Entry = HistoryEntry;

function whatChanged(e: Entry): string | null {
  if (e.fromLevel && e.toLevel) return `From the ${escalationLevelLabels[e.fromLevel].toLowerCase()} to the ${escalationLevelLabels[e.toLevel].toLowerCase()}.`;
  if (e.kind === "ACTION_UPDATED" && e.details && typeof e.details.to === "string") {
    return `Action now ${labelFor(actionStatusLabels, e.details.to).toLowerCase()}.`;
  }
  if (e.kind === "EDITED" && e.details && Array.isArray(e.details.fields)) {
    const fields = e.details.fields as string[];
    return fields.length ? `Changed: ${fields.join(", ").toLowerCase()}.` : "No fields changed.";
  }
  if (e.kind === "CASE_LINKED" && e.details && typeof e.details.cases === "number") {
    return `${e.details.cases} ${e.details.cases === 1 ? "case" : "cases"} added.`;
  }
  if (e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus) return `${barrierStatusLabels[e.fromStatus]} → ${barrierStatusLabels[e.toStatus]}.`;
  return null;
}

const noteLabels: Partial<Record<Entry["kind"], string>> = {
  ESCALATED: "Reason",
  RESOLVED: "What was agreed",
  CLOSED_UNRESOLVED: "Why it cannot be resolved",
  ACTION_ADDED: "Action",
  ACTION_UPDATED: "Action",
  ACCEPTED: "Note",
};

export function BarrierHistory({ history, headingLevel = 2 }: { history: Entry[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // A region of its own on the barrier's page; on the board agenda, one part of each item.
  const Frame = headingLevel === 2 ? "section" : "div";
  return (
    <Frame aria-label={headingLevel === 2 ? "History" : undefined} className="mb-10">
      <Heading className={`mb-4 font-bold ${headingLevel === 2 ? "text-2xl" : "text-xl"}`}>History</Heading>
      <ol className="border-l-4 border-border pl-4">
        {history.map((e) => {
          const change = whatChanged(e);
          return (
            <li key={e.id} className="mb-4">
              <p className="font-bold">{e.label}</p>
              <p className="text-secondary-ink">
                <time dateTime={e.at.toISOString()}>{formatDate(e.at)}</time> by {e.by}
              </p>
              {change && <p>{change}</p>}
              {e.note && (
                <p className="mt-1 max-w-2xl whitespace-pre-line">
                  {noteLabels[e.kind] && <span className="font-bold">{noteLabels[e.kind]}: </span>}
                  {e.note}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </Frame>
  );
}
