import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DoneBanner } from "@/components/admin/done-banner";
import { AgreementStatusTag, OrganisationStatusTag } from "@/components/admin/status-tags";
import { UserTable } from "@/components/admin/users/user-table";
import { BackLink } from "@/components/ui/back-link";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Table, Td, Th } from "@/components/ui/table";
import { agreementDisplayStatus } from "@/lib/admin/agreements/agreement-status";
import { getOrganisationProfile } from "@/lib/admin/organisations/organisation-profile";
import { membershipChangeLabels, membershipChangesFrom } from "@/lib/admin/organisations/status-rules";
import { paramOf, type SearchParams } from "@/lib/domain/search-params";
import { requireActor } from "@/lib/auth/actor";
import { roleLabels } from "@/lib/auth/roles";
import { formatDate } from "@/lib/domain/london-time";
import { organisationTypeLabels } from "@/lib/domain/labels";

export const metadata: Metadata = { title: "Organisation" };

const doneMessages = {
  created: "The organisation has been invited",
  updated: "The organisation's details have been saved",
  activate: "The organisation's membership is confirmed: its users can now sign in",
  suspend: "The organisation is suspended: its users can no longer sign in",
  reinstate: "The organisation is reinstated: its users can sign in again",
  leave: "The organisation is marked as having left the partnership",
  "wide-access": "The organisation's wider access to cases has been saved",
};

export default async function OrganisationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requireActor("admin.manage");
  const organisation = await getOrganisationProfile(actor, (await params).id);
  if (!organisation) notFound();
  const done = paramOf(await searchParams, "done");
  const { involvement } = organisation;
  return (
    <>
      <BackLink href="/admin/organisations">Back to organisations</BackLink>
      <DoneBanner done={done} messages={doneMessages} />
      <PageHeading caption="Organisation">{organisation.name}</PageHeading>
      <SummaryList
        rows={[
          { key: "Type", value: organisationTypeLabels[organisation.type] },
          { key: "Status", value: <OrganisationStatusTag status={organisation.status} /> },
          { key: "Joined", value: organisation.joinedOn ? formatDate(organisation.joinedOn) : "Not yet" },
          ...(organisation.suspendedAt ? [{ key: "Suspended since", value: formatDate(organisation.suspendedAt) }] : []),
          ...(organisation.leftOn ? [{ key: "Left", value: formatDate(organisation.leftOn) }] : []),
          {
            key: "Wider access to cases",
            value: organisation.wideAccessRoles.length
              ? `${organisation.wideAccessRoles.map((role) => roleLabels[role]).join(", ")}: all of the organisation's cases`
              : "None: need-to-know only",
          },
        ]}
      />
      <ul className="mb-10 flex flex-wrap gap-4">
        <li>
          <ButtonLink href={`/admin/organisations/${organisation.id}/edit`}>Change name or type</ButtonLink>
        </li>
        <li>
          <ButtonLink href={`/admin/organisations/${organisation.id}/access`} variant="secondary">
            Change wider access to cases
          </ButtonLink>
        </li>
        {membershipChangesFrom(organisation.status).map((change) => (
          <li key={change}>
            <ButtonLink
              href={`/admin/organisations/${organisation.id}/membership/${change}`}
              variant={change === "suspend" || change === "leave" ? "warning" : "secondary"}
            >
              {membershipChangeLabels[change]}
            </ButtonLink>
          </li>
        ))}
      </ul>

      <h2 className="mb-4 text-2xl font-bold">Involvement in shared cases</h2>
      <p className="mb-4 text-secondary-ink">Counts only: partnership admins do not see case content.</p>
      <SummaryList
        rows={[
          { key: "Leads (open cases)", value: involvement.leadOpen.toLocaleString("en-GB") },
          { key: "Led (closed cases)", value: involvement.leadClosed.toLocaleString("en-GB") },
          { key: "In the team around the person", value: involvement.involvedNow.toLocaleString("en-GB") },
          { key: "Stepped back from", value: involvement.involvedBefore.toLocaleString("en-GB") },
          { key: "Referrals awaiting its answer", value: involvement.referralsPending.toLocaleString("en-GB") },
        ]}
      />

      <UserTable caption={`Users (${organisation.users.length})`} users={organisation.users} />
      <p className="mb-10">
        <Link href={`/admin/users/new?organisation=${organisation.id}`}>Add a user to {organisation.name}</Link>
      </p>

      <Table caption={`Teams with members from ${organisation.name} (${organisation.teams.length})`}>
        <thead>
          <tr>
            <Th scope="col">Team</Th>
            <Th scope="col">Neighbourhood</Th>
            <Th scope="col" className="text-right">
              Members from this organisation
            </Th>
          </tr>
        </thead>
        <tbody>
          {organisation.teams.map((t) => (
            <tr key={t.id}>
              <Th scope="row" className="align-top! font-normal">
                <Link href={`/admin/teams/${t.id}`}>{t.name}</Link>
              </Th>
              <Td>{t.neighbourhoodName}</Td>
              <Td className="text-right">{t.members}</Td>
            </tr>
          ))}
        </tbody>
      </Table>

      <Table caption={`Sharing agreements it is party to (${organisation.agreements.length})`}>
        <thead>
          <tr>
            <Th scope="col">Reference</Th>
            <Th scope="col">Title</Th>
            <Th scope="col">Status</Th>
          </tr>
        </thead>
        <tbody>
          {organisation.agreements.map((a) => (
            <tr key={a.id}>
              <Th scope="row" className="align-top! font-normal whitespace-nowrap">
                <Link href={`/admin/agreements/${a.id}`}>{a.reference}</Link>
              </Th>
              <Td>{a.title}</Td>
              <Td>
                <AgreementStatusTag status={agreementDisplayStatus(a)} />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p>
        <Link href={`/admin/audit?organisation=${organisation.id}`}>See the audit trail of this organisation&apos;s users</Link>
      </p>
    </>
  );
}
