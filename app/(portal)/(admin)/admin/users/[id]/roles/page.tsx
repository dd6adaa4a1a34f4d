import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RolesForm } from "@/components/admin/users/roles-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { changeUserRolesAction } from "@/lib/admin/users/actions";
import { getUserProfile, leadAreaOptions } from "@/lib/admin/users/queries";
import { requireActor } from "@/lib/auth/actor";
import { requireRecentAuthentication } from "@/lib/auth/reauthentication";

export const metadata: Metadata = { title: "Change a user's roles" };

export default async function UserRolesPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const user = await getUserProfile(actor, (await params).id);
  if (!user) notFound();
  await requireRecentAuthentication(actor, `/admin/users/${user.id}/roles`);
  const areas = await leadAreaOptions(actor);
  const leadAreas = user.roles.flatMap((r) =>
    r.role !== "LOCALITY_LEAD" ? [] : r.localityId ? [`locality:${r.localityId}`] : r.neighbourhoodId ? [`neighbourhood:${r.neighbourhoodId}`] : [],
  );
  const supervisedAreas = user.roles.flatMap((r) =>
    r.role !== "SUPERVISOR" ? [] : r.teamId ? [`team:${r.teamId}`] : r.neighbourhoodId ? [`neighbourhood:${r.neighbourhoodId}`] : [],
  );
  return (
    <>
      <BackLink href={`/admin/users/${user.id}`}>Back to {user.name}</BackLink>
      <PageHeading caption={user.name}>Change roles</PageHeading>
      <p className="mb-6 max-w-2xl">
        {user.name} will be signed out when you save, and gets the new roles when they sign in again. Frontline workers and admins act
        for their organisation, {user.organisation.name}.
      </p>
      <RolesForm action={changeUserRolesAction} userId={user.id} areas={areas} roles={[...new Set(user.roles.map((r) => r.role))]} leadAreas={leadAreas} supervisedAreas={supervisedAreas} />
    </>
  );
}
