import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { redactedTitle } from "@/components/cases/restricted-panels";
import { BreakGlassForm } from "@/components/cases/restricted-forms";
import { BackLink } from "@/components/ui/back-link";
import { WarningText } from "@/components/ui/warning-text";
import { requireActor } from "@/lib/auth/actor";
import { getRedactedCase } from "@/lib/cases/redacted-case";
import { breakGlassAction } from "@/lib/cases/restricted-actions";

export const metadata: Metadata = { title: "Break-glass access" };

export default async function BreakGlassPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("cases.work");
  const { id } = await params;
  const redacted = await getRedactedCase(actor, id);
  if (!redacted || !redacted.mayBreakGlass) notFound();
  return (
    <div className="max-w-3xl">
      <BackLink href={`/cases/${id}`}>Back</BackLink>
      <p className="mb-1 text-xl text-secondary-ink">{redactedTitle(redacted.heldBy)}</p>
      <h1 className="mb-6 text-4xl font-bold">Break-glass access</h1>
      <WarningText>
        Use this only when you must see this record now, for example to keep someone safe. Your access is recorded with your reason, the lead professional is told at once, and it shows in the case&apos;s access log.
      </WarningText>
      <p className="mb-6">You will be able to read the record, not change it, for 4 hours. If you need lasting access, request access instead.</p>
      <BreakGlassForm action={breakGlassAction.bind(null, id)} />
    </div>
  );
}
