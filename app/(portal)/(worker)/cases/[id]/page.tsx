import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionStatusForm } from "@/components/cases/action-status-form";
import { CaseActionsTable } from "@/components/cases/case-actions-table";
import { CaseHeader } from "@/components/cases/case-header";
import { ConsentHistory, OutcomesList, ReferralsTable, StatusHistory } from "@/components/cases/case-history";
import { CaseSummary } from "@/components/cases/case-summary";
import { Chronology } from "@/components/cases/chronology";
import { WithdrawReferralForm } from "@/components/cases/referral-answer-forms";
import { CaseSpendSection } from "@/components/budgets/case-spend-section";
import { getCaseLedger } from "@/lib/budgets/case-ledger";
import { TeamAroundPerson } from "@/components/cases/team-around-person";
import { WhyVisiblePanel } from "@/components/cases/why-visible";
import { RedactedCasePage, RestrictionBanner } from "@/components/cases/restricted-panels";
import { getRedactedCase } from "@/lib/cases/redacted-case";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { canRaiseBarriers } from "@/lib/access/barrier-policy";
import { requireActor } from "@/lib/auth/actor";
import { updateActionStatusAction } from "@/lib/cases/actions";
import { getCaseForView } from "@/lib/cases/case-view";
import { getSuspendedCaseSummary } from "@/lib/consent/suspended-case";
import { ConsentState, SuspendedCase } from "@/components/consent/consent-state";
import { withdrawReferralAction } from "@/lib/referrals/actions";

// The case reference is enough for a tab title: no names in titles or URLs.
export const metadata: Metadata = { title: "Shared case" };

const savedMessages: Record<string, string> = {
  case: "Shared case opened",
  note: "Added to the chronology",
  action: "Action added",
  "action-status": "Action updated",
  outcome: "Outcome recorded",
  consent: "Consent decision recorded",
  details: "Case details saved",
  status: "Status changed",
  referral: "Referral sent",
  accepted: "Referral accepted: your organisation is now in the team around the person",
  withdrawn: "Referral withdrawn",
  transfer: "Transfer requested: the lead changes when it is accepted",
  "transfer-accepted": "You now lead this case",
  "transfer-declined": "Transfer declined: the requester has been told",
  spend: "Spend recorded",
  "spend-waiting": "Spend recorded: it is above the budget's threshold, so it waits for a budget holder's approval",
  "spend-reversed": "Spend entry reversed",
  restricted: "Record restricted: only the people on the case see it now",
  unrestricted: "Restriction removed",
  "break-glass": "Break-glass access given for 4 hours: the lead professional has been told",
  "access-accepted": "Request accepted: they are now a named worker on the case",
  "access-declined": "Request declined: they have been told",
};

export default async function CasePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const record = await getCaseForView(actor, id, Number(query.page ?? 1));
  if (!record) {
    // Someone who would see the case but for its restriction sees it redacted; a partner whose
    // access consent suspended is told it was involved, and why; anyone else, the 404.
    const redacted = await getRedactedCase(actor, id);
    if (redacted) return <RedactedCasePage redacted={redacted} notice={query.saved === "access-requested" ? "Request sent: the lead professional has been told" : undefined} />;
    const suspended = await getSuspendedCaseSummary(actor, id);
    if (!suspended) notFound();
    return <SuspendedCase summary={suspended} />;
  }
  const can = record.permissions;
  const links = [
    can.addNote && { href: `/cases/${id}/notes/new`, label: "Add a note or contact" },
    can.addAction && { href: `/cases/${id}/actions/new`, label: "Add an action" },
    can.refer && { href: `/cases/${id}/referrals/new`, label: "Refer to another organisation" },
    can.recordOutcome && { href: `/cases/${id}/outcomes/new`, label: "Record an outcome" },
    can.recordConsent && { href: `/cases/${id}/consent/new`, label: "Record a consent decision" },
    can.edit && { href: `/cases/${id}/edit`, label: "Edit case details" },
    (can.edit || can.close) && { href: `/cases/${id}/status`, label: "Change status" },
    can.transferLead && { href: `/cases/${id}/transfer`, label: "Transfer the lead" },
    { href: `/api/cases/${id}/export`, label: "Export this case (JSON)" },
    can.viewAccessLog && { href: `/cases/${id}/access-log`, label: "Who has viewed this case" },
    canRaiseBarriers(actor) && { href: `/barriers/new?case=${id}`, label: "Raise a barrier met on this case" },
  ].filter((l): l is { href: string; label: string } => Boolean(l));

  return (
    <>
      {query.saved && savedMessages[query.saved] && <NotificationBanner>{savedMessages[query.saved]}</NotificationBanner>}
      <CaseHeader record={record} />
      <RestrictionBanner restriction={record.restriction} canChange={can.markRestricted} caseId={id} />
      <ConsentState state={record.consentState} reviewOn={record.consentReviewOn} />
      <WhyVisiblePanel why={record.whyVisible} />
      <nav aria-label="Case tasks" className="mb-8">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href}>{l.label}</Link>
            </li>
          ))}
        </ul>
        {!can.refer && can.referBlockedBy && record.status !== "CLOSED" && (
          <p className="mt-4 border-l-[5px] border-[#f47738] bg-panel p-3">
            Referrals are not possible: {can.referBlockedBy}. Record consent or an approved lawful basis first.
          </p>
        )}
      </nav>
      <h2 className="mb-4 text-2xl font-bold">Summary</h2>
      <CaseSummary record={record} />
      <TeamAroundPerson record={record} />
      <Chronology caseId={id} chronology={record.chronology} />
      <CaseActionsTable
        actions={record.actions}
        statusControl={
          can.addAction
            ? (actionId, status) => (
                <ActionStatusForm
                  action={updateActionStatusAction.bind(null, id)}
                  actionId={actionId}
                  status={status}
                  description={record.actions.find((a) => a.id === actionId)?.description ?? ""}
                />
              )
            : undefined
        }
      />
      <ReferralsTable
        referrals={record.referrals}
        withdraw={(referralId) =>
          record.referrals.find((r) => r.id === referralId)?.fromOrganisation.id === actor.organisation.id ? (
            <WithdrawReferralForm action={withdrawReferralAction.bind(null, referralId)} />
          ) : null
        }
      />
      <OutcomesList outcomes={record.outcomes} />
      <CaseSpendSection caseId={id} ledger={(await getCaseLedger(actor, id)) ?? notFound()} />
      <ConsentHistory consents={record.consents} />
      <StatusHistory changes={record.statusChanges} />
    </>
  );
}
