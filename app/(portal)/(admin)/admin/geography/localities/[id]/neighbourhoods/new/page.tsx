import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { NeighbourhoodForm } from "@/components/admin/geography/neighbourhood-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { createNeighbourhoodAction } from "@/lib/admin/geography/actions";
import { getLocality, wardsOfLocality } from "@/lib/admin/geography/queries";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Add a neighbourhood" };

export default async function NewNeighbourhoodPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const locality = await getLocality(actor, (await params).id);
  if (!locality) notFound();
  const wards = await wardsOfLocality(actor, locality.id);
  return (
    <>
      <BackLink href={`/admin/geography/localities/${locality.id}`}>Back to {locality.name}</BackLink>
      <PageHeading caption={locality.name}>Add a neighbourhood</PageHeading>
      <NeighbourhoodForm
        action={createNeighbourhoodAction}
        initial={{ id: randomUUID(), code: "", name: "", localityId: locality.id, population: "", wardCodes: [] }}
        wards={wards}
        submitLabel="Add neighbourhood"
      />
    </>
  );
}
