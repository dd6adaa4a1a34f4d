import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseDetailsForm } from "@/components/cases/case-details-form";
import { CaseFormPage } from "@/components/cases/case-form-page";
import { requireActor } from "@/lib/auth/actor";
import { updateCaseDetailsAction } from "@/lib/cases/actions";
import { getCaseFormContext } from "@/lib/cases/case-form-context";
import { themeOptions } from "@/lib/cases/form-options";

export const metadata: Metadata = { title: "Edit case details" };

export default async function EditCasePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("cases.work");
  const { id } = await params;
  const context = await getCaseFormContext(actor, id, "edit");
  if (!context) notFound();
  const current = {
    riskLevel: context.riskLevel,
    summary: context.summary ?? "",
    themeIds: context.themes.map((t) => t.theme.id),
    version: String(context.version),
  };
  return (
    <CaseFormPage context={context} title="Edit case details">
      <CaseDetailsForm action={updateCaseDetailsAction.bind(null, id)} themes={await themeOptions()} current={current} />
    </CaseFormPage>
  );
}
