import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WideAccessForm } from "@/components/admin/organisations/wide-access-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { changeWideAccessAction } from "@/lib/admin/organisations/actions";
import { getOrganisationForEdit } from "@/lib/admin/organisations/queries";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Change wider access to cases" };

export default async function WideAccessPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const organisation = await getOrganisationForEdit(actor, (await params).id);
  if (!organisation) notFound();
  return (
    <>
      <BackLink href={`/admin/organisations/${organisation.id}`}>Back to {organisation.name}</BackLink>
      <PageHeading caption={organisation.name}>Change wider access to cases</PageHeading>
      <WideAccessForm
        action={changeWideAccessAction}
        initial={{ id: organisation.id, wideAccessRoles: organisation.wideAccessRoles, updatedAt: organisation.updatedAt.toISOString() }}
      />
    </>
  );
}
