import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { CreateUserForm } from "@/components/admin/users/create-user-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { organisationOptions } from "@/lib/admin/organisations/queries";
import { paramOf, type SearchParams } from "@/lib/domain/search-params";
import { createUserAction } from "@/lib/admin/users/actions";
import { leadAreaOptions } from "@/lib/admin/users/queries";
import { requireActor } from "@/lib/auth/actor";
import { organisationStatusLabels } from "@/lib/domain/labels";

export const metadata: Metadata = { title: "Add a user" };

export default async function NewUserPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("admin.manage");
  const [organisations, areas] = await Promise.all([organisationOptions(actor), leadAreaOptions(actor)]);
  const options = organisations
    .filter((o) => o.status !== "LEFT")
    .map((o) => ({ value: o.id, label: o.status === "ACTIVE" ? o.name : `${o.name} (${organisationStatusLabels[o.status].toLowerCase()})` }));
  const preselected = paramOf(await searchParams, "organisation");
  return (
    <>
      <BackLink href="/admin/users">Back to users</BackLink>
      <PageHeading caption="Users">Add a user</PageHeading>
      <p className="mb-6 max-w-2xl">
        We will email the user a link to choose their password. Nobody else, you included, ever sees the link or their password.
      </p>
      <CreateUserForm
        action={createUserAction}
        id={randomUUID()}
        organisations={options}
        areas={areas}
        organisationId={options.some((o) => o.value === preselected) ? preselected : ""}
      />
    </>
  );
}
