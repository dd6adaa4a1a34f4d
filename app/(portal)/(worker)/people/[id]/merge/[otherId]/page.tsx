import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MergeForm, type FieldChoice } from "@/components/people/merge-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
import { WarningText } from "@/components/ui/warning-text";
import { requireActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/domain/london-time";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { unmergePeriodDays } from "@/lib/domain/person-merge-period";
import { mergePeopleAction } from "@/lib/people/merge-actions";
import { mergeFields, type MergeField } from "@/lib/people/merge-record";
import { getMergePreview, type MergeSide } from "@/lib/people/merge-view";
import { personFieldLabels } from "@/lib/people/person-fields";

export const metadata: Metadata = { title: "Check and merge records" };

function shown(side: MergeSide, field: MergeField): string {
  if (field === "household") return side.householdAddress ?? "No household";
  if (field === "dateOfBirth") return formatDate(new Date(`${side.dateOfBirth}T00:00:00Z`));
  if (field === "nhsNumber") return side.nhsNumber ? formatNhsNumber(side.nhsNumber) : "Not known";
  return side[field] || "Not known";
}

export default async function MergePreviewPage({ params }: { params: Promise<{ id: string; otherId: string }> }) {
  const actor = await requireActor("cases.work");
  const { id, otherId } = await params;
  const preview = await getMergePreview(actor, id, otherId);
  if (!preview) notFound();
  const { kept, away } = preview;
  const choices: FieldChoice[] = preview.differing.map((f) => ({ field: f, label: personFieldLabels[f], kept: shown(kept, f), away: shown(away, f) }));
  const caseList = (side: MergeSide) => (side.cases.length === 0 ? "None you may see" : side.cases.map((c) => c.reference).join(", "));
  return (
    <div className="max-w-4xl">
      <BackLink href={`/people/${id}/merge`}>Back to likely duplicates</BackLink>
      <PageHeading caption={`${kept.givenName} ${kept.familyName}`}>Check and merge records</PageHeading>
      <Table caption="The two records">
        <thead>
          <tr>
            <Th scope="col">Field</Th>
            <Th scope="col">Record kept</Th>
            <Th scope="col">Record merged into it</Th>
          </tr>
        </thead>
        <tbody>
          {mergeFields.map((f) => (
            <tr key={f}>
              <Th scope="row">{personFieldLabels[f]}</Th>
              <Td>{shown(kept, f)}</Td>
              <Td>
                {shown(away, f)}
                {preview.differing.includes(f) && <span className="block font-bold">Differs: choose below</span>}
              </Td>
            </tr>
          ))}
          <tr>
            <Th scope="row">Cases</Th>
            <Td>{caseList(kept)}</Td>
            <Td>{caseList(away)}</Td>
          </tr>
        </tbody>
      </Table>
      <h2 className="mb-4 text-2xl font-bold">What the merge moves</h2>
      <ul className="mb-6 list-disc pl-6">
        <li>
          {away.cases.length === 1 ? "1 case" : `${away.cases.length} cases`} you may see ({caseList(away)}) with their notes, actions, referrals and the rest of their record, and any other cases about the record your organisation may not see
        </li>
        <li>{away.householdId ? "Its household membership, if you choose its household; otherwise it leaves its household" : "No household membership: the record is in no household"}</li>
        <li>Any requests to link that record</li>
      </ul>
      <WarningText>
        The record merged away stays as a pointer to the record kept: its page will open this one. The merge can be undone for {unmergePeriodDays} days.
      </WarningText>
      <p className="mb-6">
        <Link href={`/people/${otherId}/merge/${id}`}>Keep the other record instead</Link>
      </p>
      <MergeForm action={mergePeopleAction} keptId={kept.id} awayId={away.id} keptVersion={kept.version} awayVersion={away.version} choices={choices} />
    </div>
  );
}
