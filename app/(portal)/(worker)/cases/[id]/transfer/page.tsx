import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseFormPage } from "@/components/cases/case-form-page";
import { TransferForm } from "@/components/cases/transfer-forms";
import { requireActor } from "@/lib/auth/actor";
import { requestLeadTransferAction } from "@/lib/cases/actions";
import { getCaseFormContext } from "@/lib/cases/case-form-context";
import { colleagueOptions, organisationOptions } from "@/lib/cases/form-options";

export const metadata: Metadata = { title: "Transfer the lead" };

export default async function TransferPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("cases.work");
  const { id } = await params;
  const context = await getCaseFormContext(actor, id, "transferLead");
  if (!context) notFound();
  const others = context.facts.involvedOrganisationIds.filter((o) => o !== context.facts.leadOrganisationId);
  const [colleagues, organisations] = await Promise.all([
    colleagueOptions(actor, true).then((all) => all.filter((c) => c.value !== actor.userId)),
    organisationOptions([]).then((all) => all.filter((o) => others.includes(o.value))),
  ]);
  return (
    <CaseFormPage context={context} title="Transfer the lead">
      <p className="mb-6">Nothing changes until the person or organisation receiving the case accepts.</p>
      <TransferForm action={requestLeadTransferAction.bind(null, id)} colleagues={colleagues} organisations={organisations} />
    </CaseFormPage>
  );
}
