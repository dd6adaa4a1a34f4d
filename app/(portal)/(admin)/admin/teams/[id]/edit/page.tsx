import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TeamForm } from "@/components/admin/teams/team-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { neighbourhoodOptions } from "@/lib/admin/geography/queries";
import { updateTeamAction } from "@/lib/admin/teams/actions";
import { getTeam } from "@/lib/admin/teams/queries";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Change a team" };

export default async function EditTeamPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const team = await getTeam(actor, (await params).id);
  if (!team) notFound();
  const neighbourhoods = await neighbourhoodOptions(actor);
  return (
    <>
      <BackLink href={`/admin/teams/${team.id}`}>Back to {team.name}</BackLink>
      <PageHeading caption="Teams">Change {team.name}</PageHeading>
      <TeamForm
        action={updateTeamAction}
        initial={{
          id: team.id,
          name: team.name,
          neighbourhoodId: team.neighbourhood.id,
          baseAddress: team.baseAddress,
          updatedAt: team.updatedAt.toISOString(),
        }}
        neighbourhoods={neighbourhoods.map((n) => ({ value: n.id, label: n.label }))}
        submitLabel="Save changes"
      />
    </>
  );
}
