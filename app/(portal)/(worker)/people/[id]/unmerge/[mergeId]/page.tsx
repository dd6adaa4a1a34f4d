import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UnmergeForm } from "@/components/people/unmerge-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { WarningText } from "@/components/ui/warning-text";
import { requireActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/domain/london-time";
import { unmergePeopleAction } from "@/lib/people/merge-actions";
import { getUnmergeView } from "@/lib/people/merge-view";

export const metadata: Metadata = { title: "Undo a merge" };

export default async function UnmergePage({ params }: { params: Promise<{ id: string; mergeId: string }> }) {
  const actor = await requireActor("cases.work");
  const { id, mergeId } = await params;
  const view = await getUnmergeView(actor, mergeId);
  if (!view || view.keptId !== id) notFound();
  return (
    <div className="max-w-3xl">
      <BackLink href={`/people/${id}`}>Back to {view.keptName}</BackLink>
      <PageHeading caption={view.keptName}>Undo a merge</PageHeading>
      <p className="mb-4">
        {view.mergedAwayName} was merged into this record on {formatDate(view.mergedAt)}.
      </p>
      {view.mayUnmerge ? (
        <>
          <h2 className="mb-2 text-2xl font-bold">What moves back</h2>
          <ul className="mb-6 list-disc pl-6">
            <li>The record of {view.mergedAwayName}, restored as it was, with its household membership if the household still exists</li>
            <li>{view.movedCases === 1 ? "1 case" : `${view.movedCases} cases`} that came with it, with everything on them</li>
            <li>The details this record took from it, back to what they were before the merge</li>
          </ul>
          <WarningText>
            What was added to this record since the merge stays here{view.casesSince > 0 ? `, including ${view.casesSince === 1 ? "1 case" : `${view.casesSince} cases`} opened since` : ""}. You can undo the merge until {formatDate(view.deadline)}.
          </WarningText>
          <UnmergeForm action={unmergePeopleAction} mergeId={view.mergeId} keptVersion={view.keptVersion} />
        </>
      ) : (
        <p>This merge can no longer be undone{formatDate(view.deadline) ? `: the period ended on ${formatDate(view.deadline)}` : ""}, or it has been undone already.</p>
      )}
    </div>
  );
}
