import type { Metadata } from "next";
import Link from "next/link";
import { AnswerLawfulBasisForm } from "@/components/consent/answer-lawful-basis-form";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { requireActor } from "@/lib/auth/actor";
import { answerLawfulBasisAction } from "@/lib/consent/actions";
import { listLawfulBasesToConfirm } from "@/lib/consent/lawful-basis-inbox";
import { lawfulBasisLabels } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/domain/london-time";

export const metadata: Metadata = { title: "Lawful bases to confirm" };

export default async function ApprovalsPage() {
  const actor = await requireActor();
  const items = await listLawfulBasesToConfirm(actor);
  return (
    <>
      <PageHeading caption="Approvals">Lawful bases to confirm</PageHeading>
      <p className="mb-8 max-w-2xl">
        A colleague named you as the approver of a lawful basis for sharing a person&apos;s information without their consent.
        Until you confirm it, partner organisations see only that they are involved in the case.
      </p>
      {items.length === 0 && <p>Nothing is waiting for your confirmation.</p>}
      <ul className="space-y-10">
        {items.map((item) => (
          <li key={item.id} className="border-t border-border pt-6">
            <h2 className="mb-4 text-2xl font-bold">
              <Link href={`/cases/${item.caseId}`}>{item.reference}</Link>
            </h2>
            <SummaryList
              rows={[
                { key: "Lawful basis", value: lawfulBasisLabels[item.lawfulBasis] },
                { key: "Why it applies", value: item.note ?? "No note recorded" },
                { key: "Recorded by", value: `${item.recordedBy}, ${formatDateTime(item.recordedAt)}` },
              ]}
            />
            <AnswerLawfulBasisForm consentRecordId={item.id} reference={item.reference} action={answerLawfulBasisAction} />
          </li>
        ))}
      </ul>
    </>
  );
}
