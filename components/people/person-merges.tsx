// On a person's page: the records merged into this one, with "Undo the merge" while the period
// lasts, and the link to look for duplicates to merge (for those who may change the record).
import Link from "next/link";
import { formatDate } from "@/lib/domain/london-time";
import type { MergeListed } from "@/lib/people/merge-view";

export function PersonMerges({ personId, name, merges, mayEdit }: { personId: string; name: string; merges: MergeListed[]; mayEdit: boolean }) {
  if (!mayEdit && merges.length === 0) return null;
  return (
    <section aria-labelledby="merges-title" className="mb-10">
      <h2 id="merges-title" className="mb-4 text-2xl font-bold">
        Duplicate records
      </h2>
      {merges.length > 0 && (
        <ul className="mb-4 space-y-2">
          {merges.map((m) => (
            <li key={m.id}>
              {m.mergedAwayName} was merged into this record on {formatDate(m.mergedAt)}
              {m.unmergedAt ? ` (undone on ${formatDate(m.unmergedAt)})` : ""}.{" "}
              {m.mayUnmerge && (
                <Link href={`/people/${personId}/unmerge/${m.id}`}>
                  Undo the merge<span className="sr-only"> of {m.mergedAwayName}</span>
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayEdit && (
        <p>
          <Link href={`/people/${personId}/merge`}>
            Find and merge duplicate records<span className="sr-only"> of {name}</span>
          </Link>
        </p>
      )}
    </section>
  );
}
