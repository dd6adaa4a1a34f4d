// The chronology across agencies, newest first, paged.
import Link from "next/link";
import { contactKindLabels, labelFor } from "@/lib/domain/labels";
import { Tag } from "@/components/ui/tag";
import type { CaseView } from "@/lib/cases/case-view";
import { formatDate } from "@/lib/domain/london-time";

export function Chronology({ caseId, chronology }: { caseId: string; chronology: CaseView["chronology"] }) {
  const { notes, page, pageCount, total } = chronology;
  return (
    <section aria-labelledby="chronology-title" className="mb-10" id="chronology">
      <h2 id="chronology-title" className="mb-4 text-2xl font-bold">
        Chronology ({total})
      </h2>
      {notes.length === 0 && <p>Nothing recorded yet.</p>}
      <ol className="space-y-4">
        {notes.map((note) => (
          <li key={note.id} className="border-l-4 border-border pl-4">
            <p className="text-base text-secondary-ink">
              <strong className="text-ink">{labelFor(contactKindLabels, note.kind)}</strong> on {formatDate(note.occurredAt)} by{" "}
              {note.author.name}, {note.authorOrganisation.name}{" "}
              {note.visibility === "OWN_ORGANISATION" && <Tag tone="yellow">Own organisation only</Tag>}
            </p>
            <p className="whitespace-pre-wrap break-words">{note.body}</p>
          </li>
        ))}
      </ol>
      {pageCount > 1 && (
        <nav aria-label="Chronology pages" className="mt-6 flex gap-6">
          {page > 1 && <Link href={`/cases/${caseId}?page=${page - 1}#chronology`}>Newer entries</Link>}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount && <Link href={`/cases/${caseId}?page=${page + 1}#chronology`}>Older entries</Link>}
        </nav>
      )}
    </section>
  );
}
