import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmForm } from "@/components/admin/confirm-form";
import { DoneBanner } from "@/components/admin/done-banner";
import { AddMemberForm } from "@/components/admin/teams/add-member-form";
import { BackLink } from "@/components/ui/back-link";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { paramOf, type SearchParams } from "@/lib/domain/search-params";
import { addTeamMemberAction, removeTeamMemberAction } from "@/lib/admin/teams/actions";
import { getTeam } from "@/lib/admin/teams/queries";
import { requireActor } from "@/lib/auth/actor";
import { organisationTypeLabels } from "@/lib/domain/labels";

export const metadata: Metadata = { title: "Team" };

const doneMessages = {
  created: "The team has been added",
  updated: "The team has been saved",
  "member-added": "The person has been added to the team",
  "member-removed": "The person has been removed from the team",
};

export default async function TeamPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requireActor("admin.manage");
  const team = await getTeam(actor, (await params).id);
  if (!team) notFound();
  const done = paramOf(await searchParams, "done");
  return (
    <>
      <BackLink href="/admin/teams">Back to teams</BackLink>
      <DoneBanner done={done} messages={doneMessages} />
      <PageHeading caption="Co-located team">{team.name}</PageHeading>
      <SummaryList
        rows={[
          {
            key: "Neighbourhood",
            value: (
              <Link href={`/admin/geography/neighbourhoods/${team.neighbourhood.id}`}>
                {team.neighbourhood.name} ({team.neighbourhood.code}), {team.neighbourhood.localityName}
              </Link>
            ),
          },
          { key: "Base", value: team.baseAddress },
          { key: "Members", value: `${team.memberCount} from ${team.workforce.length} ${team.workforce.length === 1 ? "organisation" : "organisations"}` },
        ]}
      />
      <p className="mb-10">
        <ButtonLink href={`/admin/teams/${team.id}/edit`}>Change name, neighbourhood or base</ButtonLink>
      </p>

      <h2 className="mb-2 text-3xl font-bold">One workforce</h2>
      <p className="mb-6 max-w-3xl">Who is who across the agencies in this team.</p>
      {team.workforce.length === 0 && <p className="mb-8">Nobody is in this team yet.</p>}
      {team.workforce.map(({ organisation, members }) => (
        <Table
          key={organisation.id}
          caption={
            <>
              {organisation.name}
              <span className="block text-base font-normal text-secondary-ink">{organisationTypeLabels[organisation.type]}</span>
            </>
          }
        >
          <thead>
            <tr>
              <Th scope="col" className="w-1/3">
                Name
              </Th>
              <Th scope="col">Job title</Th>
              <Th scope="col">Role in team</Th>
              <Th scope="col">
                <span className="sr-only">Actions</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id}>
                <Th scope="row" className="align-top! font-normal">
                  <Link href={`/admin/users/${m.id}`}>{m.name}</Link> {m.deactivated && <Tag tone="grey">Deactivated</Tag>}
                </Th>
                <Td>{m.jobTitle ?? "—"}</Td>
                <Td>{m.roleInTeam ?? "—"}</Td>
                <Td className="text-right">
                  <ConfirmForm
                    action={removeTeamMemberAction}
                    hidden={{ teamId: team.id, userId: m.id }}
                    submitLabel={
                      <>
                        Remove<span className="sr-only"> {m.name} from the team</span>
                      </>
                    }
                    variant="secondary"
                  />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ))}

      <h2 className="mb-4 text-2xl font-bold">Add someone to the team</h2>
      <AddMemberForm action={addTeamMemberAction} teamId={team.id} />
    </>
  );
}
