// One subject access request: its time limit, and everything gathered about the person by
// section, where the officer marks items to withhold (with the reason) before the response.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ExtendForm } from "@/components/sar/extend-form";
import { ReleaseForm, WithholdForm } from "@/components/sar/item-decision-forms";
import { SarItemFacts } from "@/components/sar/sar-item";
import { daysLeftText, SarStatusTags } from "@/components/sar/sar-status-tag";
import { BackLink } from "@/components/ui/back-link";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { requireActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/domain/london-time";
import type { SearchParams } from "@/lib/domain/search-params";
import { extendDueDateAction, releaseItemAction, withholdItemAction } from "@/lib/sar/actions";
import { sarReview } from "@/lib/sar/queries";
import { sarItemKey, type SarSection } from "@/lib/sar/sar-items";

export const metadata: Metadata = { title: "Subject access request" };

const savedMessages: Record<string, string> = {
  logged: "Request logged",
  withheld: "Item withheld from the response",
  released: "Item included in the response again",
  extended: "Time limit extended",
};

export default async function SubjectAccessRequestPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const review = await sarReview(actor, id);
  if (!review.allowed) notFound();
  const { request, sections, withheld } = review.value;
  const saved = typeof query.saved === "string" ? savedMessages[query.saved] : undefined;
  const withhold = withholdItemAction.bind(null, id);
  const release = releaseItemAction.bind(null, id);
  return (
    <>
      <BackLink href="/records">Subject access requests</BackLink>
      {saved && <NotificationBanner>{saved}</NotificationBanner>}
      <PageHeading caption="Subject access request">{request.personName}</PageHeading>
      <SummaryList
        rows={[
          { key: "Status", value: <SarStatusTags status={request.status} overdue={request.overdue} /> },
          { key: "Received", value: formatDate(request.receivedOn) },
          { key: "Due", value: `${formatDate(request.dueInForce)}${request.status === "OPEN" ? ` (${daysLeftText(request.daysLeft, request.status).toLowerCase()})` : ""}` },
          ...(request.extendedDueOn ? [{ key: "Extended", value: `From ${formatDate(request.dueOn)}: ${request.extensionReason ?? ""}` }] : []),
          { key: "Identity checked by", value: request.identityCheckedBy },
          { key: "How it was checked", value: request.identityCheckMethod },
          ...(request.respondedOn ? [{ key: "Responded", value: formatDate(request.respondedOn) }] : []),
        ]}
      />
      <section aria-labelledby="respond-title" className="mb-10">
        <h2 id="respond-title" className="mb-4 text-2xl font-bold">
          Respond
        </h2>
        <p className="mb-4 max-w-3xl">
          The response holds every item below except those withheld, which it counts by reason. You will be asked for your password and a code again before it is produced; producing it marks the request as responded.
        </p>
        <ul className="mb-4 list-disc pl-6">
          <li>
            {/* Plain links, not prefetched: the response is an audited export. */}
            <a href={request.respondedOn ? `/records/${id}/response` : `/records/${id}/respond`}>{request.respondedOn ? "Read the response document" : "Produce the response document"}</a>
          </li>
          <li>
            <a href={`/api/sar/${id}/response`}>Download the response as a JSON file</a>
          </li>
        </ul>
      </section>
      {request.status === "OPEN" && (
        <details className="mb-10">
          <summary className="cursor-pointer font-semibold text-link underline">Extend the time limit</summary>
          <div className="mt-4 border-l-[5px] border-border pl-4">
            <ExtendForm action={extendDueDateAction.bind(null, id)} version={request.version} />
          </div>
        </details>
      )}
      <h2 className="mb-4 text-3xl font-bold">What the partnership holds</h2>
      {sections.map((section) => (
        <Section key={section.kind} section={section} withheld={withheld} version={request.version} withhold={withhold} release={release} />
      ))}
    </>
  );
}

type SectionProps = {
  section: SarSection;
  withheld: Record<string, string>;
  version: number;
  withhold: Parameters<typeof WithholdForm>[0]["action"];
  release: Parameters<typeof ReleaseForm>[0]["action"];
};

function Section({ section, withheld, version, withhold, release }: SectionProps) {
  const headingId = `section-${section.kind}`;
  return (
    <section aria-labelledby={headingId} className="mb-10">
      <h3 id={headingId} className="mb-4 text-2xl font-bold">
        {section.label} ({section.items.length})
      </h3>
      {section.items.length === 0 && <p>None held.</p>}
      {section.kind === "access" && section.items.length > 0 ? (
        <Table caption={<span className="sr-only">{section.label}</span>}>
          <thead>
            <tr>
              <Th scope="col">What and when</Th>
              {section.items[0].lines.map((l) => (
                <Th scope="col" key={l.label}>
                  {l.label}
                </Th>
              ))}
            </tr>
          </thead>
          <tbody>
            {section.items.map((item) => (
              <tr key={item.id}>
                <Td>{item.title}</Td>
                {item.lines.map((l) => (
                  <Td key={l.label}>{l.value}</Td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <ul className="space-y-6">
          {section.items.map((item) => {
            const reason = withheld[sarItemKey(item)];
            return (
              <li key={item.id} className="border-l-[5px] border-border pl-4">
                <SarItemFacts item={item} />
                {reason !== undefined ? (
                  <>
                    <p className="mt-2">
                      <Tag tone="yellow">Withheld</Tag> {reason}
                    </p>
                    <ReleaseForm action={release} item={item} version={version} />
                  </>
                ) : (
                  <WithholdForm action={withhold} item={item} version={version} />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
