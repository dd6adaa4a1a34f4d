import type { Metadata } from "next";
import Link from "next/link";
import { AnswerLinkRequestForm } from "@/components/people/link-request-forms";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { requireActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/domain/london-time";
import type { SearchParams } from "@/lib/domain/search-params";
import { getLinkRequestsForView } from "@/lib/people/link-request-view";
import { answerLinkRequestAction } from "@/lib/people/merge-actions";

export const metadata: Metadata = { title: "Requests to link records" };

const statusLabels = { OPEN: "Waiting for an answer", ACCEPTED: "Accepted", DECLINED: "Declined" } as const;
const statusTones = { OPEN: "blue", ACCEPTED: "green", DECLINED: "grey" } as const;

export default async function LinkRequestsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("cases.work");
  const query = await searchParams;
  const { incoming, sent } = await getLinkRequestsForView(actor);
  return (
    <div className="max-w-4xl">
      {query.sent === "1" && <NotificationBanner>Request sent. You will see the answer here.</NotificationBanner>}
      {query.answered === "1" && <NotificationBanner>Answer sent</NotificationBanner>}
      <PageHeading>Requests to link records</PageHeading>
      <p className="mb-8">
        When a worker of another organisation is about to record someone your organisation may already hold, they are told only your organisation&apos;s name and can ask you. Accepting tells them it is the same person and gives them your name and email, so you can work on your record together (for example by referring the case to them) instead of making a duplicate. It does not open the record to them.
      </p>
      <section aria-labelledby="incoming-title" className="mb-10">
        <h2 id="incoming-title" className="mb-4 text-2xl font-bold">Requests to your organisation</h2>
        {incoming.length === 0 ? (
          <p>There are no requests waiting for an answer.</p>
        ) : (
          <ul className="space-y-8">
            {incoming.map((r) => (
              <li key={r.id} className="border-l-[5px] border-border pl-4">
                <h3 className="mb-2 text-xl font-bold">
                  {r.requesterName}, {r.requesterOrganisation}, asked on {formatDate(r.createdAt)}
                </h3>
                <p className="mb-1">
                  They typed: {r.typed.givenName} {r.typed.familyName}, born {formatDate(new Date(`${r.typed.dateOfBirth}T00:00:00Z`))}
                  {r.typed.postcode ? `, ${r.typed.postcode}` : ""}
                  {r.typed.nhsNumberGiven ? ", with an NHS number" : ""}
                </p>
                <p className="mb-1">Why they are asking: {r.reason}</p>
                <p className="mb-4">
                  The record it matched: <Link href={`/people/${r.person.id}`}>{r.person.name}</Link>, born {formatDate(r.person.dateOfBirth)}
                </p>
                <AnswerLinkRequestForm requestId={r.id} action={answerLinkRequestAction} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <Table caption="Requests you sent">
        <thead>
          <tr>
            <Th scope="col">Sent</Th>
            <Th scope="col">Person you typed</Th>
            <Th scope="col">Asked</Th>
            <Th scope="col">Answer</Th>
          </tr>
        </thead>
        <tbody>
          {sent.length === 0 ? (
            <tr>
              <Td colSpan={4}>You have sent no requests.</Td>
            </tr>
          ) : (
            sent.map((r) => (
              <tr key={r.id}>
                <Td>{formatDate(r.createdAt)}</Td>
                <Td>{r.typedName}</Td>
                <Td>{r.holderOrganisation}</Td>
                <Td>
                  <Tag tone={statusTones[r.status]}>{statusLabels[r.status]}</Tag>
                  {r.contact && (
                    <span className="mt-1 block">
                      Contact {r.contact.name}, <a href={`mailto:${r.contact.email}`}>{r.contact.email}</a>
                    </span>
                  )}
                </Td>
              </tr>
            ))
          )}
        </tbody>
      </Table>
    </div>
  );
}
