import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/cases/action-form";
import { CaseFormPage } from "@/components/cases/case-form-page";
import { requireActor } from "@/lib/auth/actor";
import { addActionAction } from "@/lib/cases/actions";
import { getCaseFormContext } from "@/lib/cases/case-form-context";
import { assigneeOptions, organisationOptions } from "@/lib/cases/form-options";

export const metadata: Metadata = { title: "Add an action" };

export default async function NewActionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("cases.work");
  const { id } = await params;
  const context = await getCaseFormContext(actor, id, "addAction");
  if (!context) notFound();
  const involved = context.facts.involvedOrganisationIds;
  const [organisations, people] = await Promise.all([
    organisationOptions([]).then((all) => all.filter((o) => involved.includes(o.value))),
    assigneeOptions(involved),
  ]);
  return (
    <CaseFormPage context={context} title="Add an action">
      <ActionForm action={addActionAction.bind(null, id)} requestId={randomUUID()} organisations={organisations} people={people} defaultOrganisationId={actor.organisation.id} />
    </CaseFormPage>
  );
}
