import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { OrganisationForm } from "@/components/admin/organisations/organisation-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { createOrganisationAction } from "@/lib/admin/organisations/actions";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Invite an organisation" };

export default async function NewOrganisationPage() {
  await requireActor("admin.manage");
  return (
    <>
      <BackLink href="/admin/organisations">Back to organisations</BackLink>
      <PageHeading caption="Organisations">Invite an organisation</PageHeading>
      <p className="mb-6 max-w-2xl">
        The organisation starts as invited. Its users cannot sign in until you confirm its membership.
      </p>
      <OrganisationForm action={createOrganisationAction} initial={{ id: randomUUID(), name: "", type: "" }} submitLabel="Invite organisation" />
    </>
  );
}
