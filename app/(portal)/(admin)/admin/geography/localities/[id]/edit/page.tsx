import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LocalityForm } from "@/components/admin/geography/locality-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { saveLocalityAction } from "@/lib/admin/geography/actions";
import { getLocality } from "@/lib/admin/geography/queries";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Change a locality" };

export default async function EditLocalityPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const locality = await getLocality(actor, (await params).id);
  if (!locality) notFound();
  return (
    <>
      <BackLink href={`/admin/geography/localities/${locality.id}`}>Back to {locality.name}</BackLink>
      <PageHeading caption="Geography">Change {locality.name}</PageHeading>
      <LocalityForm action={saveLocalityAction} mode="update" initial={{ id: locality.id, code: locality.code, name: locality.name }} />
    </>
  );
}
