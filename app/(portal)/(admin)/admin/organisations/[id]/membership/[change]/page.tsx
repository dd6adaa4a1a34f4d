import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MembershipForm } from "@/components/admin/organisations/membership-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { WarningText } from "@/components/ui/warning-text";
import { changeMembershipAction } from "@/lib/admin/organisations/actions";
import { getOrganisationForEdit } from "@/lib/admin/organisations/queries";
import { canChangeMembership, membershipChangeLabels, type MembershipChange } from "@/lib/admin/organisations/status-rules";
import { requireActor } from "@/lib/auth/actor";
import { datePartsOf } from "@/lib/forms/date-parts";

export const metadata: Metadata = { title: "Change membership" };

const explanations: Record<MembershipChange, string> = {
  activate: "Its users will be able to sign in, and it can be party to sharing agreements in force.",
  suspend:
    "Its users will not be able to sign in, and anyone signed in now will be signed out at their next click. Its involvement in cases stays recorded.",
  reinstate: "Its users will be able to sign in again.",
  leave:
    "Its users will not be able to sign in, and anyone signed in now will be signed out at their next click. Its involvement in cases stays recorded.",
};

const headings: Record<MembershipChange, (name: string) => string> = {
  activate: (name) => `Confirm ${name}'s membership`,
  suspend: (name) => `Suspend ${name}`,
  reinstate: (name) => `Reinstate ${name}`,
  leave: (name) => `Mark ${name} as having left`,
};

function isChange(value: string): value is MembershipChange {
  return value in explanations;
}

export default async function MembershipChangePage({ params }: { params: Promise<{ id: string; change: string }> }) {
  const actor = await requireActor("admin.manage");
  const { id, change } = await params;
  if (!isChange(change)) notFound();
  const organisation = await getOrganisationForEdit(actor, id);
  if (!organisation || !canChangeMembership(organisation.status, change)) notFound();
  const endsAccess = change === "suspend" || change === "leave";
  return (
    <>
      <BackLink href={`/admin/organisations/${organisation.id}`}>Back to {organisation.name}</BackLink>
      <PageHeading caption="Organisations">{headings[change](organisation.name)}</PageHeading>
      {endsAccess ? <WarningText>{explanations[change]}</WarningText> : <p className="mb-6 max-w-2xl">{explanations[change]}</p>}
      <MembershipForm
        action={changeMembershipAction}
        organisationId={organisation.id}
        change={change}
        submitLabel={membershipChangeLabels[change]}
        today={datePartsOf(new Date())!}
      />
    </>
  );
}
