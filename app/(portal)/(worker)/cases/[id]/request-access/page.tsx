import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { redactedTitle } from "@/components/cases/restricted-panels";
import { AccessRequestForm } from "@/components/cases/restricted-forms";
import { BackLink } from "@/components/ui/back-link";
import { requireActor } from "@/lib/auth/actor";
import { getRedactedCase } from "@/lib/cases/redacted-case";
import { requestAccessAction } from "@/lib/cases/restricted-actions";

export const metadata: Metadata = { title: "Request access" };

export default async function RequestAccessPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("cases.work");
  const { id } = await params;
  const redacted = await getRedactedCase(actor, id);
  if (!redacted || !redacted.mayRequestAccess) notFound();
  return (
    <div className="max-w-3xl">
      <BackLink href={`/cases/${id}`}>Back</BackLink>
      <p className="mb-1 text-xl text-secondary-ink">{redactedTitle(redacted.heldBy)}</p>
      <h1 className="mb-6 text-4xl font-bold">Request access</h1>
      <p className="mb-6">The case&apos;s lead professional decides. If they accept, you become a named worker on the case and see it in full.</p>
      {redacted.requestOpen ? <p className="font-bold">You have already asked for access to this record. The lead professional has been told.</p> : <AccessRequestForm action={requestAccessAction.bind(null, id)} />}
    </div>
  );
}
