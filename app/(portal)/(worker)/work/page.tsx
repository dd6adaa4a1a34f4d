import type { Metadata } from "next";
import Link from "next/link";
import { MyBarriersSection } from "@/app/(portal)/barriers/_components/my-barriers-section";
import { Inbox, MyActions, Notifications, RecentActivity, TransfersWaiting } from "@/components/cases/my-work-sections";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { requireActor } from "@/lib/auth/actor";
import { getMyWork } from "@/lib/cases/my-work";
import { listMyOpenCases } from "@/lib/cases/queries";
import { formatDate, startOfUtcDay } from "@/lib/domain/dates";
import { caseStatusLabels, riskLevelLabels } from "@/lib/domain/labels";

export const metadata: Metadata = { title: "My work" };

export default async function MyWorkPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await requireActor("cases.work");
  const [cases, work, { saved }] = await Promise.all([listMyOpenCases(actor), getMyWork(actor), searchParams]);
  const today = startOfUtcDay();
  return (
    <>
      {saved === "declined" && <NotificationBanner>Referral declined: the referrer has been told</NotificationBanner>}
      <PageHeading caption={actor.organisation.name}>My work</PageHeading>
      <p className="mb-8">
        <Link href="/people" className="font-bold">Find a person or open a new case</Link>
      </p>
      <Notifications items={work.notifications} />
      <Inbox referrals={work.inbox} />
      <TransfersWaiting transfers={work.transfers} />
      <MyActions actions={work.actions} />
      <MyBarriersSection actor={actor} />
      {cases.length === 0 ? (
        <p className="mb-10">You are not lead professional of any open case.</p>
      ) : (
        <Table caption={`My open cases (${cases.length})`}>
          <thead>
            <tr>
              <Th scope="col">Case</Th>
              <Th scope="col">Person</Th>
              <Th scope="col">Neighbourhood</Th>
              <Th scope="col">Themes</Th>
              <Th scope="col">Status</Th>
              <Th scope="col">Risk</Th>
              <Th scope="col">Next action due</Th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr key={c.id}>
                <Td className="whitespace-nowrap font-bold">
                  <Link href={`/cases/${c.id}`}>{c.reference}</Link>
                </Td>
                <Td>{c.subjectName}</Td>
                <Td>{c.neighbourhoodName}</Td>
                <Td>{c.themes.join(", ")}</Td>
                <Td>
                  <Tag tone={c.status === "ON_HOLD" ? "grey" : "blue"}>{caseStatusLabels[c.status]}</Tag>
                </Td>
                <Td>{riskLevelLabels[c.riskLevel]}</Td>
                <Td className="whitespace-nowrap">
                  {c.nextActionDue ? (
                    <>
                      {formatDate(c.nextActionDue)} {c.nextActionDue < today && <Tag tone="red">Overdue</Tag>}
                    </>
                  ) : (
                    "None"
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <RecentActivity activity={work.activity} />
    </>
  );
}
