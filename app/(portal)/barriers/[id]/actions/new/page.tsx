import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BarrierActionForm } from "@/components/barriers/barrier-action-form";
import { BarrierFormPage } from "@/components/barriers/barrier-form-page";
import { requireBarrierReader } from "@/lib/barriers/require-barrier-reader";
import { addBarrierActionAction } from "@/lib/barriers/actions";
import { getBarrierFormContext } from "@/lib/barriers/barrier-form-context";
import { actionOwnerOptions, organisationOptions } from "@/lib/barriers/form-options";

export const metadata: Metadata = { title: "Add an action to a barrier" };

export default async function NewBarrierActionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireBarrierReader();
  const { id } = await params;
  const context = await getBarrierFormContext(actor, id, "addAction");
  if (!context) notFound();
  const concerned = [...new Set([...context.organisationIds, actor.organisation.id, context.raisedByOrganisationId])];
  const [organisations, people] = context.allowed ? await Promise.all([organisationOptions(), actionOwnerOptions(concerned)]) : [[], []];
  return (
    <BarrierFormPage context={context} title="Add an action">
      <BarrierActionForm action={addBarrierActionAction.bind(null, id)} requestId={randomUUID()} organisations={organisations} people={people} defaultOrganisationId={context.organisationIds[0] ?? actor.organisation.id} />
    </BarrierFormPage>
  );
}
