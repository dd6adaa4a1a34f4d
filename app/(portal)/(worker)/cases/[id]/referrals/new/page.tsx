import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseFormPage } from "@/components/cases/case-form-page";
import { ReferralForm } from "@/components/cases/referral-form";
import { requireActor } from "@/lib/auth/actor";
import { getCaseFormContext } from "@/lib/cases/case-form-context";
import { organisationOptions, teamOptions } from "@/lib/cases/form-options";
import { sendReferralAction } from "@/lib/referrals/actions";

export const metadata: Metadata = { title: "Refer to another organisation" };

export default async function NewReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("cases.work");
  const { id } = await params;
  const context = await getCaseFormContext(actor, id, "refer");
  if (!context) notFound();
  const [organisations, teams] = await Promise.all([
    organisationOptions([...context.facts.involvedOrganisationIds, ...context.facts.pendingReferralOrganisationIds]),
    teamOptions(context.neighbourhoodId),
  ]);
  const themes = context.themes.map((t) => ({ value: t.theme.id, label: t.theme.name }));
  return (
    <CaseFormPage context={context} title="Refer to another organisation">
      <p className="mb-6">
        The organisation will see a summary (the person&apos;s name, the themes, your reason and the urgency) and can accept or decline.
        If it accepts, it joins the team around the person and can see the case.
      </p>
      <ReferralForm action={sendReferralAction.bind(null, id)} requestId={randomUUID()} organisations={organisations} teams={teams} themes={themes} />
    </CaseFormPage>
  );
}
