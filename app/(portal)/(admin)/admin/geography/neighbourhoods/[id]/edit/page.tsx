import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NeighbourhoodForm } from "@/components/admin/geography/neighbourhood-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { updateNeighbourhoodAction } from "@/lib/admin/geography/actions";
import { getNeighbourhood, wardsOfLocality } from "@/lib/admin/geography/queries";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Change a neighbourhood" };

export default async function EditNeighbourhoodPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const neighbourhood = await getNeighbourhood(actor, (await params).id);
  if (!neighbourhood) notFound();
  const wards = await wardsOfLocality(actor, neighbourhood.locality.id);
  return (
    <>
      <BackLink href={`/admin/geography/neighbourhoods/${neighbourhood.id}`}>Back to {neighbourhood.name}</BackLink>
      <PageHeading caption={neighbourhood.locality.name}>Change {neighbourhood.name}</PageHeading>
      <NeighbourhoodForm
        action={updateNeighbourhoodAction}
        initial={{
          id: neighbourhood.id,
          code: neighbourhood.code,
          name: neighbourhood.name,
          localityId: neighbourhood.locality.id,
          population: String(neighbourhood.population),
          wardCodes: neighbourhood.wards.map((w) => w.code),
          updatedAt: neighbourhood.updatedAt.toISOString(),
        }}
        wards={wards}
        submitLabel="Save changes"
      />
    </>
  );
}
