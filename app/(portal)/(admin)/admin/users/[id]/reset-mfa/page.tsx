import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmForm } from "@/components/admin/confirm-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { WarningText } from "@/components/ui/warning-text";
import { resetMfaAction } from "@/lib/admin/users/actions";
import { getUserProfile } from "@/lib/admin/users/queries";
import { requireActor } from "@/lib/auth/actor";
import { requireRecentAuthentication } from "@/lib/auth/reauthentication";

export const metadata: Metadata = { title: "Reset a user's authenticator app" };

export default async function ResetMfaPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const user = await getUserProfile(actor, (await params).id);
  if (!user || user.deactivatedAt || user.id === actor.userId) notFound();
  await requireRecentAuthentication(actor, `/admin/users/${user.id}/reset-mfa`);
  return (
    <>
      <BackLink href={`/admin/users/${user.id}`}>Back to {user.name}</BackLink>
      <PageHeading caption={user.name}>Reset {user.name}&apos;s authenticator app?</PageHeading>
      <p className="mb-4 max-w-2xl">
        Do this only when {user.name} has lost both their authenticator app and their recovery codes, and you have checked with
        them, by a route you trust, that the request is really theirs.
      </p>
      <WarningText>
        They will be signed out everywhere and emailed. When they next sign in with their password they will set up a new
        authenticator app. This is recorded in the audit trail.
      </WarningText>
      <ConfirmForm action={resetMfaAction} hidden={{ id: user.id }} submitLabel="Reset authenticator app" variant="warning" />
    </>
  );
}
