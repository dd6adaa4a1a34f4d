// Logging a subject access request: find the person partnership-wide (the officer's own audited
// lookup), then say when the request came and how the requester's identity was checked.
import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { LogRequestForm } from "@/components/sar/log-request-form";
import { BackLink } from "@/components/ui/back-link";
import { Button } from "@/components/ui/button";
import { PageHeading } from "@/components/ui/page-heading";
import { TextField } from "@/components/ui/text-field";
import { requireActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/domain/london-time";
import { paramOf, type SearchParams } from "@/lib/domain/search-params";
import { logSubjectAccessRequestAction } from "@/lib/sar/actions";
import { findPersonForSar, sarLookupLimit } from "@/lib/sar/find-person-for-sar";

export const metadata: Metadata = { title: "Log a subject access request" };

export default async function LogSubjectAccessRequestPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const name = paramOf(await searchParams, "name");
  const people = await findPersonForSar(actor, name);
  if (!people) notFound();
  return (
    <>
      <BackLink href="/records">Subject access requests</BackLink>
      <PageHeading>Log a subject access request</PageHeading>
      <form method="get" action="/records/new" role="search" aria-label="Find the person" className="mb-8">
        <TextField id="name" name="name" label="Name of the person the request is about" hint="Searches every person the partnership holds, whichever organisation recorded them" defaultValue={name} />
        <Button type="submit" variant="secondary">
          Find the person
        </Button>
      </form>
      {name !== "" && people.length === 0 && <p className="mb-8">No one held by the partnership has that name. Check the spelling, or try part of the name.</p>}
      {people.length > 0 && (
        <>
          {people.length === sarLookupLimit && <p className="mb-4">Showing the first {sarLookupLimit}: add more of the name to narrow the list.</p>}
          <LogRequestForm
            action={logSubjectAccessRequestAction}
            requestId={randomUUID()}
            people={people.map((p) => ({
              value: p.id,
              label: p.name,
              hint: `Born ${formatDate(p.dateOfBirth)}${p.postcode ? `, ${p.postcode}` : ""}; ${p.cases} ${p.cases === 1 ? "case" : "cases"}`,
            }))}
          />
        </>
      )}
    </>
  );
}
