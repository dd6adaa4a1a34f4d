import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BarrierFormPage } from "@/components/barriers/barrier-form-page";
import { LinkCaseForm } from "@/components/barriers/link-case-form";
import { requireBarrierReader } from "@/lib/barriers/require-barrier-reader";
import { linkCasesToBarrierAction } from "@/lib/barriers/actions";
import { getBarrierFormContext } from "@/lib/barriers/barrier-form-context";

export const metadata: Metadata = { title: "Add a case to a barrier" };

export default async function LinkCasePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireBarrierReader();
  const { id } = await params;
  const context = await getBarrierFormContext(actor, id, "linkCase");
  if (!context) notFound();
  return (
    <BarrierFormPage context={context} title="Add a case where it got in the way">
      <LinkCaseForm action={linkCasesToBarrierAction.bind(null, id)} initial="" />
    </BarrierFormPage>
  );
}
