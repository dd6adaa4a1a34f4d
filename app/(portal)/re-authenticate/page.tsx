import type { Metadata } from "next";
import { ReauthenticateForm } from "@/components/auth/reauthenticate-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { reauthenticateAction } from "@/lib/account/actions";
import { requireActor } from "@/lib/auth/actor";
import { safeReturnPath } from "@/lib/auth/reauthentication";

export const metadata: Metadata = { title: "Confirm it is you" };

export default async function ReauthenticatePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireActor();
  const raw = (await searchParams).return;
  const returnTo = safeReturnPath(typeof raw === "string" ? raw : null);
  // A link back to a download would start the download; go back to the page instead.
  const back = returnTo.startsWith("/api/") ? "/" : returnTo;
  return (
    <div className="max-w-xl">
      <BackLink href={back}>Back</BackLink>
      <PageHeading>Confirm it is you</PageHeading>
      <p className="mb-6">
        Exports of personal data and changes to roles or authenticator apps need your password and a new code from your
        authenticator app. This lasts 5 minutes, then you will be asked again.
      </p>
      <ReauthenticateForm action={reauthenticateAction} returnTo={returnTo} />
    </div>
  );
}
