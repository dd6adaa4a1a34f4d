import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseFormPage } from "@/components/cases/case-form-page";
import { StatusForm } from "@/components/cases/status-form";
import { requireActor } from "@/lib/auth/actor";
import { changeCaseStatusAction } from "@/lib/cases/actions";
import { getCaseFormContext } from "@/lib/cases/case-form-context";
import { nextStatuses } from "@/lib/domain/case-status";
import { caseStatusLabels } from "@/lib/domain/labels";

export const metadata: Metadata = { title: "Change status" };

export default async function CaseStatusPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("cases.work");
  const { id } = await params;
  const context = await getCaseFormContext(actor, id, "edit");
  if (!context) notFound();
  const reopening = context.status === "CLOSED";
  const statuses = nextStatuses(context.status).map((s) => ({ value: s, label: s === "OPEN" && reopening ? "Reopen" : caseStatusLabels[s] }));
  return (
    <CaseFormPage context={context} title={reopening ? "Reopen the case" : "Change status"}>
      <p className="mb-6">The case is now {caseStatusLabels[context.status].toLowerCase()}.</p>
      <StatusForm action={changeCaseStatusAction.bind(null, id)} statuses={statuses} version={context.version} reopening={reopening} />
    </CaseFormPage>
  );
}
