import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BarrierFormPage } from "@/components/barriers/barrier-form-page";
import { EditBarrierForm } from "@/components/barriers/edit-barrier-form";
import { requireBarrierReader } from "@/lib/barriers/require-barrier-reader";
import { editBarrierAction } from "@/lib/barriers/actions";
import { getBarrierFormContext } from "@/lib/barriers/barrier-form-context";
import { organisationOptions } from "@/lib/barriers/form-options";
import { datePartsOf } from "@/lib/forms/date-parts";

export const metadata: Metadata = { title: "Change a barrier" };

export default async function EditBarrierPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireBarrierReader();
  const { id } = await params;
  const context = await getBarrierFormContext(actor, id, "edit");
  if (!context) notFound();
  const organisations = context.allowed ? await organisationOptions() : [];
  return (
    <BarrierFormPage context={context} title="Change details or review date">
      <EditBarrierForm
        action={editBarrierAction.bind(null, id)}
        organisations={organisations}
        current={{
          title: context.title,
          description: context.description,
          effect: context.effect,
          category: context.category,
          organisationIds: context.organisationIds,
          reviewBy: datePartsOf(context.reviewBy) ?? { day: "", month: "", year: "" },
          version: String(context.version),
        }}
      />
    </BarrierFormPage>
  );
}
