import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BarrierFormPage } from "@/components/barriers/barrier-form-page";
import { CloseBarrierForm } from "@/components/barriers/close-barrier-form";
import { requireBarrierReader } from "@/lib/barriers/require-barrier-reader";
import { closeBarrierAction } from "@/lib/barriers/actions";
import { getBarrierFormContext } from "@/lib/barriers/barrier-form-context";

export const metadata: Metadata = { title: "Close a barrier" };

export default async function CloseBarrierPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireBarrierReader();
  const { id } = await params;
  // Resolving and closing as "cannot be resolved" need the same responsibility and status.
  const context = await getBarrierFormContext(actor, id, "resolve");
  if (!context) notFound();
  return (
    <BarrierFormPage context={context} title="Close this barrier">
      <CloseBarrierForm action={closeBarrierAction.bind(null, id)} current={{ outcome: "", resolution: "", version: String(context.version) }} />
    </BarrierFormPage>
  );
}
