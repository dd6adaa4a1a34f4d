import type { Metadata } from "next";
import Link from "next/link";
import { ActionsTable } from "@/components/work/actions-table";
import { Notifications } from "@/components/work/notifications";
import { OpenCasesTable } from "@/components/work/open-cases-table";
import { RecentActivity } from "@/components/work/recent-activity";
import { ReferralInbox } from "@/components/work/referral-inbox";
import { TransfersAwaiting } from "@/components/work/transfers-awaiting";
import { MyBarriersSection } from "@/app/(portal)/barriers/_components/my-barriers-section";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/auth/actor";
import { getMyWork } from "@/lib/cases/my-work/get-my-work";

export const metadata: Metadata = { title: "My work" };

export default async function MyWorkPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await requireActor("cases.work");
  const [work, { saved }] = await Promise.all([getMyWork(actor), searchParams]);
  const { actions, cases } = work;
  return (
    <>
      {saved === "declined" && <NotificationBanner>Referral declined: the referrer has been told</NotificationBanner>}
      <PageHeading caption={actor.organisation.name}>My work</PageHeading>
      <p className="mb-8">
        <Link href="/people" className="font-bold">
          Find a person or open a new case
        </Link>
      </p>
      <Notifications items={work.notifications} />
      <ReferralInbox referrals={work.inbox.rows} total={work.inbox.total} viewAll="/work/referrals" />
      <TransfersAwaiting transfers={work.transfers} />
      <section aria-labelledby="actions-title" className="mb-10">
        <h2 id="actions-title" className="mb-3 text-2xl font-bold">
          Actions for you or your organisation ({actions.total}
          {actions.overdue > 0 ? `, ${actions.overdue} overdue` : ""})
        </h2>
        {actions.total === 0 ? (
          <p>No open actions for you or your organisation.</p>
        ) : (
          <>
            <ActionsTable caption={`Due soonest (${actions.rows.length} of ${actions.total})`} actions={actions.rows} />
            <p>
              <Link href="/work/actions">View, sort and filter all {actions.total} actions</Link>
              {actions.overdue > 0 && (
                <>
                  {" "}· <Link href="/work/actions?due=overdue">View the {actions.overdue} overdue</Link>
                </>
              )}
            </p>
          </>
        )}
      </section>
      <MyBarriersSection actor={actor} />
      <section aria-labelledby="cases-title" className="mb-10">
        <h2 id="cases-title" className="mb-3 text-2xl font-bold">
          Cases you lead ({cases.total})
        </h2>
        {cases.total === 0 ? (
          <p>You are not lead professional of any open case.</p>
        ) : (
          <>
            <OpenCasesTable caption={`Next action due soonest (${cases.rows.length} of ${cases.total})`} cases={cases.rows} />
            {cases.total > cases.rows.length && (
              <p>
                <Link href="/work/cases">View and sort all {cases.total} cases you lead</Link>
              </p>
            )}
          </>
        )}
      </section>
      <RecentActivity activity={work.activity} />
    </>
  );
}
