import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OrganisationForm } from "@/components/admin/organisations/organisation-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { updateOrganisationAction } from "@/lib/admin/organisations/actions";
import { getOrganisationForEdit } from "@/lib/admin/organisations/queries";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Change an organisation" };

export default async function EditOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const organisation = await getOrganisationForEdit(actor, (await params).id);
  if (!organisation) notFound();
  return (
    <>
      <BackLink href={`/admin/organisations/${organisation.id}`}>Back to {organisation.name}</BackLink>
      <PageHeading caption={organisation.name}>Change name or type</PageHeading>
      <OrganisationForm
        action={updateOrganisationAction}
        initial={{
          id: organisation.id,
          name: organisation.name,
          type: organisation.type,
          updatedAt: organisation.updatedAt.toISOString(),
        }}
        submitLabel="Save changes"
      />
    </>
  );
}
