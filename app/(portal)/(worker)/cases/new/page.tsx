import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OpenCaseForm } from "@/components/cases/open-case-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/auth/actor";
import { openCaseAction } from "@/lib/cases/actions";
import { colleagueOptions, neighbourhoodForPostcode, neighbourhoodGroups, themeOptions } from "@/lib/cases/form-options";
import { defaultNeighbourhood, listInWords, neighbourhoodHint } from "@/lib/cases/neighbourhood-choice";
import { teamNeighbourhoodOf, usualAreaOf } from "@/lib/cases/usual-area";
import { formatDate } from "@/lib/domain/london-time";
import { householdOfVisiblePerson } from "@/lib/people/household-of-person";
import { getVisiblePerson } from "@/lib/people/queries";

export const metadata: Metadata = { title: "Open a shared case" };

export default async function OpenCasePage({ searchParams }: { searchParams: Promise<{ person?: string }> }) {
  const actor = await requireActor("cases.work");
  const person = await getVisiblePerson(actor, (await searchParams).person ?? "");
  if (!person) notFound();
  const [household, neighbourhoods, derived, team, usualArea, themes, colleagues, approvers] = await Promise.all([
    householdOfVisiblePerson(actor, person.id),
    neighbourhoodGroups(),
    neighbourhoodForPostcode(person.postcode),
    teamNeighbourhoodOf(actor),
    usualAreaOf(actor),
    themeOptions(),
    colleagueOptions(actor, true),
    colleagueOptions(actor, false),
  ]);
  const start = defaultNeighbourhood(derived, team);
  const usualNames = usualArea.map((l) => l.name);
  return (
    <div className="max-w-3xl">
      <BackLink href="/people">Back to search</BackLink>
      <PageHeading caption={`${person.name}, born ${formatDate(person.dateOfBirth)}`}>Open a shared case</PageHeading>
      <OpenCaseForm
        action={openCaseAction}
        requestId={randomUUID()}
        personId={person.id}
        household={household}
        neighbourhoods={neighbourhoods}
        startNeighbourhoodId={start?.id ?? null}
        neighbourhoodHint={neighbourhoodHint(start, usualNames)}
        usualLocalityIds={usualArea.map((l) => l.id)}
        usualAreaWords={listInWords(usualNames)}
        themes={themes}
        colleagues={colleagues}
        approvers={approvers}
        actorId={actor.userId}
      />
    </div>
  );
}
