import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DoneBanner } from "@/components/admin/done-banner";
import { AgreementStatusTag } from "@/components/admin/status-tags";
import { BackLink } from "@/components/ui/back-link";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { getAgreement } from "@/lib/admin/agreements/queries";
import { lawfulBasisLabels } from "@/lib/domain/labels";
import { paramOf, type SearchParams } from "@/lib/domain/search-params";
import { requireActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/domain/london-time";

export const metadata: Metadata = { title: "Sharing agreement" };

const doneMessages = {
  created: "The agreement has been saved",
  updated: "The agreement has been saved",
  ended: "The agreement has ended: sharing under it has stopped",
};

export default async function AgreementPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requireActor("admin.manage");
  const a = await getAgreement(actor, (await params).id);
  if (!a) notFound();
  const done = paramOf(await searchParams, "done");
  return (
    <>
      <BackLink href="/admin/agreements">Back to agreements</BackLink>
      <DoneBanner done={done} messages={doneMessages} />
      <PageHeading caption={`Information-sharing agreement ${a.reference}`}>{a.title}</PageHeading>
      <SummaryList
        rows={[
          { key: "Status", value: <AgreementStatusTag status={a.status} /> },
          { key: "Purpose", value: <span className="whitespace-pre-line">{a.purpose}</span> },
          { key: "Lawful basis", value: lawfulBasisLabels[a.lawfulBasis] },
          { key: "Starts", value: formatDate(a.startsOn) },
          { key: "Ends", value: a.endsOn ? formatDate(a.endsOn) : "No end date" },
          { key: "Review", value: a.reviewOn ? formatDate(a.reviewOn) : "No review date" },
          ...(a.endedAt ? [{ key: "Ended", value: formatDate(a.endedAt) }] : []),
          {
            key: `Parties (${a.partyList.length})`,
            value: (
              <ul>
                {a.partyList.map((p) => (
                  <li key={p.id}>
                    <Link href={`/admin/organisations/${p.id}`}>{p.name}</Link>
                  </li>
                ))}
              </ul>
            ),
          },
          { key: `Themes (${a.themeList.length})`, value: a.themeList.map((t) => t.name).join(", ") },
          ...(a.createdByName ? [{ key: "Drafted by", value: a.createdByName }] : []),
        ]}
      />
      {a.storedStatus !== "ENDED" && (
        <ul className="mb-8 flex flex-wrap gap-4">
          <li>
            <ButtonLink href={`/admin/agreements/${a.id}/edit`}>Change agreement</ButtonLink>
          </li>
          <li>
            <ButtonLink href={`/admin/agreements/${a.id}/end`} variant="warning">
              End agreement
            </ButtonLink>
          </li>
        </ul>
      )}
      <p>
        <Link href={`/admin/audit?recordType=SharingAgreement&record=${a.id}`}>See the audit trail of this agreement</Link>
      </p>
    </>
  );
}
