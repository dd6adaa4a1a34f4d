// The signed-in user's own account: where they are signed in (with "Sign out" on each and
// "Sign out everywhere else"), and their second factor.
import type { Metadata } from "next";
import Link from "next/link";
import { RenewRecoveryCodesForm } from "@/components/auth/renew-recovery-codes-form";
import { DoneBanner } from "@/components/admin/done-banner";
import { Button } from "@/components/ui/button";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Table, Td, Th } from "@/components/ui/table";
import { renewRecoveryCodesAction, signOutEverywhereElseAction, signOutSessionAction } from "@/lib/account/actions";
import { mySecuritySummary, mySessions } from "@/lib/account/my-sessions";
import { formatDateTime } from "@/lib/domain/london-time";
import { requireActor } from "@/lib/auth/actor";
import { isRecentlyAuthenticated, reauthenticatePath } from "@/lib/auth/reauthentication";

export const metadata: Metadata = { title: "Your account" };

const doneMessages = {
  "signed-out": "That device has been signed out",
  "signed-out-elsewhere": "You have been signed out everywhere else",
};

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const [sessions, security, recent] = await Promise.all([mySessions(actor), mySecuritySummary(actor), isRecentlyAuthenticated(actor)]);
  const done = (await searchParams).done;
  const others = sessions.filter((s) => !s.current);
  return (
    <>
      <DoneBanner done={typeof done === "string" ? done : ""} messages={doneMessages} />
      <PageHeading caption={actor.organisation.name}>Your account</PageHeading>
      <SummaryList
        rows={[
          { key: "Name", value: actor.name },
          { key: "Email address", value: <span className="break-all">{actor.email}</span> },
        ]}
      />

      <Table caption="Where you are signed in">
        <thead>
          <tr>
            <Th scope="col">Device</Th>
            <Th scope="col">Network address</Th>
            <Th scope="col">Signed in</Th>
            <Th scope="col">Last active</Th>
            <Th scope="col">
              <span className="sr-only">Action</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <Th scope="row" className="align-top! font-normal">
                {s.device}
                {s.current && <strong className="block">This device</strong>}
              </Th>
              <Td>{s.address}</Td>
              <Td>{formatDateTime(s.signedInAt)}</Td>
              <Td>{formatDateTime(s.lastSeenAt)}</Td>
              <Td>
                {!s.current && (
                  <form action={signOutSessionAction}>
                    <input type="hidden" name="sessionId" value={s.id} />
                    <Button type="submit" variant="secondary">
                      Sign out<span className="sr-only"> {s.device}, last active {formatDateTime(s.lastSeenAt)}</span>
                    </Button>
                  </form>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {others.length > 0 && (
        <form action={signOutEverywhereElseAction} className="mb-10">
          <Button type="submit" variant="warning">
            Sign out everywhere else
          </Button>
        </form>
      )}

      <h2 className="mb-4 text-2xl font-bold">Authenticator app and recovery codes</h2>
      <SummaryList
        rows={[
          { key: "Authenticator app", value: security.authenticatorSetUpAt ? `Set up on ${formatDateTime(security.authenticatorSetUpAt)}` : "Not set up" },
          { key: "Recovery codes left", value: String(security.unusedRecoveryCodes) },
        ]}
      />
      {recent ? (
        <RenewRecoveryCodesForm action={renewRecoveryCodesAction} />
      ) : (
        <p>
          <Link href={reauthenticatePath("/account")}>Confirm it is you to make new recovery codes</Link>
        </p>
      )}
    </>
  );
}
