import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseFormPage } from "@/components/cases/case-form-page";
import { ConsentForm } from "@/components/cases/consent-form";
import { requireActor } from "@/lib/auth/actor";
import { recordConsentAction } from "@/lib/cases/actions";
import { getCaseFormContext } from "@/lib/cases/case-form-context";
import { colleagueOptions } from "@/lib/cases/form-options";

export const metadata: Metadata = { title: "Record a consent decision" };

export default async function NewConsentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("cases.work");
  const { id } = await params;
  const context = await getCaseFormContext(actor, id, "recordConsent");
  if (!context) notFound();
  return (
    <CaseFormPage context={context} title="Record a consent decision">
      <ConsentForm action={recordConsentAction.bind(null, id)} requestId={randomUUID()} approvers={await colleagueOptions(actor, false)} />
    </CaseFormPage>
  );
}
