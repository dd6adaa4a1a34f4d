import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditUserForm } from "@/components/admin/users/edit-user-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { updateUserAction } from "@/lib/admin/users/actions";
import { getUserProfile } from "@/lib/admin/users/queries";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Change a user's details" };

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const user = await getUserProfile(actor, (await params).id);
  if (!user) notFound();
  return (
    <>
      <BackLink href={`/admin/users/${user.id}`}>Back to {user.name}</BackLink>
      <PageHeading caption={user.name}>Change details</PageHeading>
      <EditUserForm
        action={updateUserAction}
        initial={{ id: user.id, name: user.name, email: user.email, jobTitle: user.jobTitle ?? "", updatedAt: user.updatedAt.toISOString() }}
      />
    </>
  );
}
