import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MoveUserForm } from "@/components/admin/users/move-user-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { WarningText } from "@/components/ui/warning-text";
import { organisationOptions } from "@/lib/admin/organisations/queries";
import { moveUserAction } from "@/lib/admin/users/actions";
import { getUserProfile } from "@/lib/admin/users/queries";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Move a user to another organisation" };

export default async function MoveUserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const user = await getUserProfile(actor, (await params).id);
  if (!user) notFound();
  const organisations = (await organisationOptions(actor))
    .filter((o) => o.status !== "LEFT" && o.id !== user.organisation.id)
    .map((o) => ({ value: o.id, label: o.name }));
  return (
    <>
      <BackLink href={`/admin/users/${user.id}`}>Back to {user.name}</BackLink>
      <PageHeading caption={user.name}>Move to another organisation</PageHeading>
      <p className="mb-4 max-w-2xl">
        {user.name} works for {user.organisation.name}. After the move they keep their roles and teams, act for their new
        organisation, and must sign in again.
      </p>
      {user.openCasesLed > 0 && (
        <WarningText>
          {user.name} is lead professional of {user.openCasesLed} open {user.openCasesLed === 1 ? "case" : "cases"} led by{" "}
          {user.organisation.name}. Ask that organisation to transfer them to a new lead professional.
        </WarningText>
      )}
      <MoveUserForm action={moveUserAction} userId={user.id} organisations={organisations} />
    </>
  );
}
