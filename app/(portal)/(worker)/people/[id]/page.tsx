import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { householdRelationshipOptions } from "@/components/cases/labels";
import { JoinHouseholdForm, LeaveHouseholdForm } from "@/components/people/household-forms";
import { PersonCasesTable } from "@/components/people/person-cases-table";
import { PersonChronology } from "@/components/people/person-chronology";
import { PersonHistory } from "@/components/people/person-history";
import { PersonHousehold } from "@/components/people/person-household";
import { PersonMerges } from "@/components/people/person-merges";
import { ErrorSummary } from "@/components/ui/error-summary";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { SummaryList } from "@/components/ui/summary-list";
import { requireActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/domain/london-time";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import type { SearchParams } from "@/lib/domain/search-params";
import { formFeedback } from "@/lib/forms/form-feedback";
import { chronologyFilterValues, parseChronologyFilters } from "@/lib/people/chronology-filters";
import { joinHouseholdAction, leaveHouseholdAction } from "@/lib/people/person-record-actions";
import { getPersonForView } from "@/lib/people/person-view";
import { mergesInto, tombstoneTarget } from "@/lib/people/merge-view";

// No names in titles or URLs.
export const metadata: Metadata = { title: "Person" };

const savedMessages: Record<string, string> = {
  details: "Details saved",
  joined: "Household saved",
  left: "Removed from the household",
  merged: "Records merged: everything from the other record is now on this one",
  unmerged: "Merge undone: the other record is restored",
};

const unfiltered = { organisationId: null, kind: null, from: null, to: null, page: 1 };

export default async function PersonPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const values = chronologyFilterValues(query);
  const parsed = parseChronologyFilters(values, query.page);
  // Filters that do not parse are shown with their errors, and the whole chronology under them.
  // A record merged into another (a tombstone) opens the record it was merged into.
  const mergedInto = await tombstoneTarget(actor, id);
  if (mergedInto) redirect(`/people/${mergedInto}?from=merged`);
  const person = await getPersonForView(actor, id, parsed.ok ? parsed.filters : unfiltered);
  if (!person) notFound();
  const merges = await mergesInto(actor, id);
  const errors = parsed.ok ? {} : parsed.fieldErrors;
  const saved = typeof query.saved === "string" ? savedMessages[query.saved] : undefined;
  const name = `${person.givenName} ${person.familyName}`;
  return (
    <>
      {saved && <NotificationBanner>{saved}</NotificationBanner>}
      {query.from === "merged" && <NotificationBanner title="Important">The record you opened was merged into this one. You are now on the record kept.</NotificationBanner>}
      <ErrorSummary items={formFeedback(parsed.ok ? null : { ok: false, fieldErrors: errors, values: null }, ["organisation", "kind", "from", "to"]).summary} />
      <div className="mb-8">
        <p className="mb-1 text-xl text-secondary-ink">Person</p>
        <h1 className="text-4xl font-bold">{name}</h1>
      </div>
      <section aria-labelledby="details-title" className="mb-10">
        <h2 id="details-title" className="mb-4 text-2xl font-bold">
          Details
        </h2>
        <SummaryList
          rows={[
            { key: "Date of birth", value: formatDate(person.dateOfBirth) },
            { key: "NHS number", value: person.nhsNumber ? formatNhsNumber(person.nhsNumber) : "Not known" },
            { key: "Address", value: [person.addressLine1, person.town, person.postcode].filter(Boolean).join(", ") || "Not known" },
          ]}
        />
        {person.permissions.edit && (
          <p className="mb-6">
            <Link href={`/people/${id}/edit`}>
              Change details<span className="sr-only"> of {name}</span>
            </Link>
          </p>
        )}
      </section>
      <PersonCasesTable cases={person.cases} />
      <PersonHousehold
        person={person}
        joinForm={
          person.householdChoices.length > 0 ? (
            <JoinHouseholdForm
              action={joinHouseholdAction.bind(null, id)}
              households={person.householdChoices}
              relationships={householdRelationshipOptions}
              version={person.version}
              current={{ householdId: person.household?.id ?? "", relationship: person.householdRelationship ?? "" }}
            />
          ) : (
            <p>No household can be chosen: record the person&apos;s address and postcode first.</p>
          )
        }
        leaveForm={<LeaveHouseholdForm action={leaveHouseholdAction.bind(null, id)} version={person.version} />}
      />
      <PersonMerges personId={id} name={name} merges={merges} mayEdit={person.permissions.edit} />
      <PersonChronology personId={id} chronology={person.chronology} values={values} errors={errors} organisations={person.chronology?.organisations ?? []} />
      <PersonHistory history={person.history} />
    </>
  );
}
