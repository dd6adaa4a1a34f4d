import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseFormPage } from "@/components/cases/case-form-page";
import { OutcomeForm } from "@/components/cases/outcome-form";
import { requireActor } from "@/lib/auth/actor";
import { recordOutcomeAction } from "@/lib/cases/actions";
import { getCaseFormContext } from "@/lib/cases/case-form-context";
import { outcomeTypeOptions } from "@/lib/cases/form-options";

export const metadata: Metadata = { title: "Record an outcome" };

export default async function NewOutcomePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("cases.work");
  const { id } = await params;
  const context = await getCaseFormContext(actor, id, "recordOutcome");
  if (!context) notFound();
  return (
    <CaseFormPage context={context} title="Record an outcome">
      <OutcomeForm action={recordOutcomeAction.bind(null, id)} requestId={randomUUID()} outcomeTypes={await outcomeTypeOptions()} />
    </CaseFormPage>
  );
}
