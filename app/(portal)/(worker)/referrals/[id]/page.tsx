import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AcceptReferralForm, DeclineReferralForm } from "@/components/cases/referral-answer-forms";
import { labelFor, referralUrgencyLabels } from "@/lib/domain/labels";

import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { requireActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/domain/london-time";
import { acceptReferralAction, declineReferralAction } from "@/lib/referrals/actions";
import { getReferralSummary } from "@/lib/referrals/queries";

export const metadata: Metadata = { title: "Referral" };

export default async function ReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("cases.work");
  const { id } = await params;
  const referral = await getReferralSummary(actor, id);
  if (!referral) notFound();
  const answerable = referral.isReceiver && referral.status === "PENDING";
  return (
    <div className="max-w-3xl">
      <BackLink href="/work">Back to My work</BackLink>
      <PageHeading caption={`Referral from ${referral.fromOrganisation.name}`}>{referral.subjectName}</PageHeading>
      <SummaryList
        rows={[
          { key: "Themes", value: referral.themes.join(", ") },
          { key: "Urgency", value: labelFor(referralUrgencyLabels, referral.urgency) },
          { key: "Reason", value: <span className="whitespace-pre-wrap">{referral.reason}</span> },
          { key: "Referred by", value: `${referral.sentBy.name}, ${referral.fromOrganisation.name}` },
          { key: "To", value: referral.toTeam ? `${referral.toOrganisation.name} (${referral.toTeam.name})` : referral.toOrganisation.name },
          { key: "Sent", value: formatDate(referral.sentAt) },
          { key: "Neighbourhood", value: referral.case.neighbourhood.name },
        ]}
      />
      {answerable ? (
        <>
          <p className="mb-6">
            You see this summary only. If you accept, your organisation joins the team around the person and can see the whole case.
          </p>
          <h2 className="mb-4 text-2xl font-bold">Accept</h2>
          <AcceptReferralForm action={acceptReferralAction.bind(null, id)} />
          <h2 className="mb-4 text-2xl font-bold">Or decline</h2>
          <DeclineReferralForm action={declineReferralAction.bind(null, id)} />
        </>
      ) : (
        <p>This referral is no longer waiting for an answer.</p>
      )}
    </div>
  );
}
