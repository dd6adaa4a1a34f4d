// A person's chronology across their cases: filters (a GET form, so a filtered view is a link),
// then the entries newest first, each naming its case, then the pages.
import Link from "next/link";
import { contactKindChoices } from "@/components/cases/labels";
import { DateField } from "@/components/ui/date-field";
import { FilterForm } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { SelectField } from "@/components/ui/select-field";
import { Tag } from "@/components/ui/tag";
import { contactKindLabels, labelFor } from "@/lib/domain/labels";
import { formatDate } from "@/lib/domain/london-time";
import { hrefWith } from "@/lib/domain/search-params";
import type { FieldErrors } from "@/lib/forms/form-state";
import { chronologyQuery, isFiltered, type ChronologyFilterValues } from "@/lib/people/chronology-filters";
import type { PersonChronology as Chronology } from "@/lib/people/person-chronology";

type Props = { personId: string; chronology: Chronology | null; values: ChronologyFilterValues; errors: FieldErrors; organisations: { id: string; name: string }[] };

export function PersonChronology({ personId, chronology, values, errors, organisations }: Props) {
  const path = `/people/${personId}`;
  const query = chronologyQuery(values);
  return (
    <section aria-labelledby="chronology-title" className="mb-10" id="chronology">
      <h2 id="chronology-title" className="mb-4 text-2xl font-bold">
        Chronology across cases{chronology ? ` (${chronology.total})` : ""}
      </h2>
      <FilterForm label="Filter the chronology" clearHref={`${path}#chronology`} filtered={isFiltered(values)}>
        <div className="flex w-full flex-wrap gap-x-6">
          <SelectField id="organisation" name="organisation" label="Organisation" options={organisations.map((o) => ({ value: o.id, label: o.name }))} placeholder="Any organisation" defaultValue={values.organisation} error={errors.organisation?.[0]} />
          <SelectField id="kind" name="kind" label="Kind of entry" options={contactKindChoices} placeholder="Any kind" defaultValue={values.kind} error={errors.kind?.[0]} />
        </div>
        <div className="flex w-full flex-wrap gap-x-10">
          <DateField id="from" name="from" legend="From" hint="For example, 1 3 2026" value={values.from} error={errors.from?.[0]} />
          <DateField id="to" name="to" legend="To" hint="Including this day" value={values.to} error={errors.to?.[0]} />
        </div>
      </FilterForm>
      {!chronology && <p>Correct the filters to see the chronology.</p>}
      {chronology && chronology.notes.length === 0 && <p className="mb-8">{isFiltered(values) ? "Nothing matches these filters." : "Nothing recorded yet."}</p>}
      {chronology && (
        <>
          <ol className="mb-6 space-y-4">
            {chronology.notes.map((note) => (
              <li key={note.id} className="border-l-4 border-border pl-4">
                <p className="text-base text-secondary-ink">
                  <strong className="text-ink">{labelFor(contactKindLabels, note.kind)}</strong> on {formatDate(note.occurredAt)} by {note.author.name},{" "}
                  {note.authorOrganisation.name}, case <Link href={`/cases/${note.caseId}`}>{note.caseReference}</Link>{" "}
                  {note.visibility === "OWN_ORGANISATION" && <Tag tone="yellow">Own organisation only</Tag>}
                </p>
                <p className="whitespace-pre-wrap break-words">{note.body}</p>
              </li>
            ))}
          </ol>
          <Pagination label="Chronology pages" page={chronology.page} pageCount={chronology.pageCount} hrefFor={(page) => `${hrefWith(path, query, { page: String(page) })}#chronology`} />
        </>
      )}
    </section>
  );
}
