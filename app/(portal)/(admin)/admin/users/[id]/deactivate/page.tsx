import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmForm } from "@/components/admin/confirm-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { WarningText } from "@/components/ui/warning-text";
import { setUserActiveAction } from "@/lib/admin/users/actions";
import { getUserProfile } from "@/lib/admin/users/queries";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Deactivate a user" };

export default async function DeactivateUserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const user = await getUserProfile(actor, (await params).id);
  if (!user || user.deactivatedAt) notFound();
  return (
    <>
      <BackLink href={`/admin/users/${user.id}`}>Back to {user.name}</BackLink>
      <PageHeading caption={user.name}>Deactivate {user.name}?</PageHeading>
      <WarningText>
        They will not be able to sign in, and if signed in now they will be signed out at their next click. What they recorded stays.
      </WarningText>
      {user.openCasesLed > 0 && (
        <p className="mb-6 max-w-2xl">
          They are lead professional of {user.openCasesLed} open {user.openCasesLed === 1 ? "case" : "cases"}: ask{" "}
          {user.organisation.name} to choose a new lead professional.
        </p>
      )}
      <ConfirmForm action={setUserActiveAction} hidden={{ id: user.id, active: "false" }} submitLabel="Deactivate user" variant="warning" />
    </>
  );
}
