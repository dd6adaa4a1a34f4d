import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResetPasswordForm } from "@/components/admin/users/reset-password-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { WarningText } from "@/components/ui/warning-text";
import { resetPasswordAction } from "@/lib/admin/users/actions";
import { getUserProfile } from "@/lib/admin/users/queries";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Reset a user's password" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const user = await getUserProfile(actor, (await params).id);
  if (!user || user.deactivatedAt) notFound();
  return (
    <>
      <BackLink href={`/admin/users/${user.id}`}>Back to {user.name}</BackLink>
      <PageHeading caption={user.name}>Reset {user.name}&apos;s password</PageHeading>
      <WarningText>
        Their current password will stop working at once and they will be signed out. We will email them a one-time link to
        choose a new password, which works for 1 hour. You will not see the link.
      </WarningText>
      <ResetPasswordForm action={resetPasswordAction} userId={user.id} userName={user.name} />
    </>
  );
}
