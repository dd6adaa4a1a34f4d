import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmForm } from "@/components/admin/confirm-form";
import { DoneBanner } from "@/components/admin/done-banner";
import { OrganisationStatusTag, UserStatusTag } from "@/components/admin/status-tags";
import { BackLink } from "@/components/ui/back-link";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Table, Td, Th } from "@/components/ui/table";
import { paramOf, type SearchParams } from "@/lib/domain/search-params";
import { setUserActiveAction } from "@/lib/admin/users/actions";
import { getUserProfile } from "@/lib/admin/users/queries";
import { requireActor } from "@/lib/auth/actor";
import { roleLabels } from "@/lib/auth/roles";
import { formatDate } from "@/lib/domain/london-time";

export const metadata: Metadata = { title: "User" };

const doneMessages = {
  updated: "The user's details have been saved",
  roles: "The user's roles have been saved. They will need to sign in again.",
  deactivated: "The user is deactivated: they can no longer sign in",
  reactivated: "The user is reactivated",
  moved: "The user has moved organisation. They will need to sign in again.",
  "mfa-reset": "The user's authenticator app has been reset and they have been signed out. They will set up a new one when they next sign in.",
};

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requireActor("admin.manage");
  const user = await getUserProfile(actor, (await params).id);
  if (!user) notFound();
  const done = paramOf(await searchParams, "done");
  const deactivated = user.deactivatedAt !== null;
  const password = deactivated
    ? "—"
    : user.awaitingPassword
      ? user.passwordLinkExpiresAt
        ? `Not set yet: a link works until ${formatDate(user.passwordLinkExpiresAt)}`
        : "Not set yet, and no link is working: reset the password to make one"
      : "Set";
  return (
    <>
      <BackLink href="/admin/users">Back to users</BackLink>
      <DoneBanner done={done} messages={doneMessages} />
      <PageHeading caption="User">{user.name}</PageHeading>
      <SummaryList
        rows={[
          { key: "Email address", value: <span className="break-all">{user.email}</span> },
          { key: "Job title", value: user.jobTitle ?? "Not given" },
          {
            key: "Organisation",
            value: (
              <>
                <Link href={`/admin/organisations/${user.organisation.id}`}>{user.organisation.name}</Link>{" "}
                {user.organisation.status !== "ACTIVE" && <OrganisationStatusTag status={user.organisation.status} />}
              </>
            ),
          },
          { key: "Status", value: <UserStatusTag deactivated={deactivated} awaitingPassword={user.awaitingPassword} /> },
          { key: "Password", value: password },
          { key: "Authenticator app", value: user.authenticatorSetUpAt ? `Set up on ${formatDate(user.authenticatorSetUpAt)}` : "Not set up yet: they will set one up when they first sign in" },
          { key: "Last signed in", value: user.lastSignInAt ? formatDate(user.lastSignInAt) : "Never" },
          { key: "Added", value: formatDate(user.createdAt) },
        ]}
      />
      <ul className="mb-10 flex flex-wrap gap-4">
        <li>
          <ButtonLink href={`/admin/users/${user.id}/edit`}>Change details</ButtonLink>
        </li>
        <li>
          <ButtonLink href={`/admin/users/${user.id}/roles`}>Change roles</ButtonLink>
        </li>
        <li>
          <ButtonLink href={`/admin/users/${user.id}/move`}>Move to another organisation</ButtonLink>
        </li>
        {!deactivated && (
          <>
            <li>
              <ButtonLink href={`/admin/users/${user.id}/reset-password`}>Reset password</ButtonLink>
            </li>
            {user.authenticatorSetUpAt && user.id !== actor.userId && (
              <li>
                <ButtonLink href={`/admin/users/${user.id}/reset-mfa`}>Reset authenticator app</ButtonLink>
              </li>
            )}
            <li>
              <ButtonLink href={`/admin/users/${user.id}/deactivate`} variant="warning">
                Deactivate
              </ButtonLink>
            </li>
          </>
        )}
        {deactivated && (
          <li>
            <ConfirmForm action={setUserActiveAction} hidden={{ id: user.id, active: "true" }} submitLabel="Reactivate" variant="secondary" />
          </li>
        )}
      </ul>

      <Table caption="Roles">
        <thead>
          <tr>
            <Th scope="col">Role</Th>
            <Th scope="col">Scope</Th>
          </tr>
        </thead>
        <tbody>
          {user.roles.map((r) => (
            <tr key={`${r.role}-${r.localityId ?? ""}-${r.neighbourhoodId ?? ""}`}>
              <Th scope="row" className="align-top! font-normal">
                {roleLabels[r.role]}
              </Th>
              <Td>{r.area ?? user.organisation.name}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {user.roles.length === 0 && <p className="mb-8">No roles: the user can sign in but sees nothing.</p>}

      <Table caption={`Teams (${user.teams.length})`}>
        <thead>
          <tr>
            <Th scope="col">Team</Th>
            <Th scope="col">Neighbourhood</Th>
            <Th scope="col">Role in team</Th>
          </tr>
        </thead>
        <tbody>
          {user.teams.map((t) => (
            <tr key={t.id}>
              <Th scope="row" className="align-top! font-normal">
                <Link href={`/admin/teams/${t.id}`}>{t.name}</Link>
              </Th>
              <Td>{t.neighbourhoodName}</Td>
              <Td>{t.roleInTeam ?? "—"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p>
        <Link href={`/admin/audit?user=${encodeURIComponent(user.email)}`}>See this user&apos;s audit trail</Link>
      </p>
    </>
  );
}
