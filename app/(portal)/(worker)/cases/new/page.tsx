import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OpenCaseForm } from "@/components/cases/open-case-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/auth/actor";
import { openCaseAction } from "@/lib/cases/actions";
import { colleagueOptions, neighbourhoodForPostcode, neighbourhoodOptions, themeOptions } from "@/lib/cases/form-options";
import { formatDate } from "@/lib/domain/london-time";
import { getVisiblePerson } from "@/lib/people/queries";

export const metadata: Metadata = { title: "Open a shared case" };

export default async function OpenCasePage({ searchParams }: { searchParams: Promise<{ person?: string }> }) {
  const actor = await requireActor("cases.work");
  const person = await getVisiblePerson(actor, (await searchParams).person ?? "");
  if (!person) notFound();
  const [neighbourhoods, derived, themes, colleagues, approvers] = await Promise.all([
    neighbourhoodOptions(),
    neighbourhoodForPostcode(person.postcode),
    themeOptions(),
    colleagueOptions(actor, true),
    colleagueOptions(actor, false),
  ]);
  return (
    <div className="max-w-3xl">
      <BackLink href="/people">Back to search</BackLink>
      <PageHeading caption={`${person.name}, born ${formatDate(person.dateOfBirth)}`}>Open a shared case</PageHeading>
      <OpenCaseForm
        action={openCaseAction}
        requestId={randomUUID()}
        personId={person.id}
        neighbourhoods={neighbourhoods}
        derivedNeighbourhoodId={derived}
        themes={themes}
        colleagues={colleagues}
        approvers={approvers}
        actorId={actor.userId}
      />
    </div>
  );
}
