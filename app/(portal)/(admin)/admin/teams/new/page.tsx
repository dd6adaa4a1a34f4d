import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { TeamForm } from "@/components/admin/teams/team-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { neighbourhoodOptions } from "@/lib/admin/geography/queries";
import { createTeamAction } from "@/lib/admin/teams/actions";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Add a team" };

export default async function NewTeamPage() {
  const actor = await requireActor("admin.manage");
  const neighbourhoods = await neighbourhoodOptions(actor);
  return (
    <>
      <BackLink href="/admin/teams">Back to teams</BackLink>
      <PageHeading caption="Teams">Add a team</PageHeading>
      <TeamForm
        action={createTeamAction}
        initial={{ id: randomUUID(), name: "", neighbourhoodId: "", baseAddress: "" }}
        neighbourhoods={neighbourhoods.map((n) => ({ value: n.id, label: n.label }))}
        submitLabel="Add team"
      />
    </>
  );
}
