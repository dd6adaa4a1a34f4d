import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmForm } from "@/components/admin/confirm-form";
import { DoneBanner } from "@/components/admin/done-banner";
import { BoundaryUpload } from "@/components/admin/geography/boundary-upload";
import { BoundaryPreview } from "@/components/map/boundary-preview";
import { BackLink } from "@/components/ui/back-link";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { removeBoundaryAction } from "@/lib/admin/geography/actions";
import { getNeighbourhood } from "@/lib/admin/geography/queries";
import { paramOf, type SearchParams } from "@/lib/domain/search-params";
import { requireActor } from "@/lib/auth/actor";
import { neighbourhoodPopulationRange } from "@/lib/domain/population";

export const metadata: Metadata = { title: "Neighbourhood" };

const doneMessages = {
  created: "The neighbourhood has been added",
  updated: "The neighbourhood has been saved",
  boundary: "The boundary has been saved",
  "boundary-removed": "The boundary has been removed",
};

export default async function NeighbourhoodPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requireActor("admin.manage");
  const n = await getNeighbourhood(actor, (await params).id);
  if (!n) notFound();
  const done = paramOf(await searchParams, "done");
  const { min, max } = neighbourhoodPopulationRange;
  return (
    <>
      <BackLink href={`/admin/geography/localities/${n.locality.id}`}>Back to {n.locality.name}</BackLink>
      <DoneBanner done={done} messages={doneMessages} />
      <PageHeading caption={`${n.locality.name} neighbourhood ${n.code}`}>{n.name}</PageHeading>
      <SummaryList
        rows={[
          { key: "Code", value: n.code },
          { key: "Locality", value: <Link href={`/admin/geography/localities/${n.locality.id}`}>{n.locality.name}</Link> },
          {
            key: "Population",
            value: (
              <>
                {n.population.toLocaleString("en-GB")}{" "}
                {n.populationFlagged && (
                  <Tag tone="yellow">
                    Outside the model&apos;s {min.toLocaleString("en-GB")}–{max.toLocaleString("en-GB")}
                  </Tag>
                )}
              </>
            ),
          },
          {
            key: "Wards",
            value: n.wards.length ? n.wards.map((w) => `${w.name} (${w.code})`).join(", ") : "None recorded",
          },
          {
            key: "Teams",
            value: n.teams.length ? (
              <ul>
                {n.teams.map((t) => (
                  <li key={t.id}>
                    <Link href={`/admin/teams/${t.id}`}>{t.name}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              "None"
            ),
          },
        ]}
      />
      <p className="mb-10">
        <ButtonLink href={`/admin/geography/neighbourhoods/${n.id}/edit`}>Change details or wards</ButtonLink>
      </p>
      <h2 className="mb-4 text-2xl font-bold">Boundary</h2>
      {n.boundary ? (
        <>
          <BoundaryPreview boundary={n.boundary} title={`Map of the boundary of ${n.name}`} />
          <div className="mb-8">
            <ConfirmForm action={removeBoundaryAction} hidden={{ id: n.id }} submitLabel="Remove boundary" variant="secondary" />
          </div>
        </>
      ) : (
        <p className="mb-6">No boundary has been uploaded.</p>
      )}
      <BoundaryUpload neighbourhoodId={n.id} />
    </>
  );
}
