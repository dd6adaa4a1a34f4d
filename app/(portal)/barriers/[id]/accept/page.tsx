import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AcceptBarrierForm } from "@/components/barriers/accept-barrier-form";
import { BarrierFormPage } from "@/components/barriers/barrier-form-page";
import { requireBarrierReader } from "@/lib/barriers/require-barrier-reader";
import { acceptBarrierAction } from "@/lib/barriers/actions";
import { getBarrierFormContext } from "@/lib/barriers/barrier-form-context";
import { firstReviewDate } from "@/lib/domain/barrier-review";
import { datePartsOf } from "@/lib/forms/date-parts";

export const metadata: Metadata = { title: "Accept a barrier" };

export default async function AcceptBarrierPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireBarrierReader();
  const { id } = await params;
  const context = await getBarrierFormContext(actor, id, "accept");
  if (!context) notFound();
  return (
    <BarrierFormPage context={context} title="Accept this barrier">
      <p className="mb-6">You become its owner: you agree actions, keep it under review, and close it or escalate it.</p>
      <AcceptBarrierForm
        action={acceptBarrierAction.bind(null, id)}
        current={{ reviewBy: datePartsOf(firstReviewDate()) ?? { day: "", month: "", year: "" }, note: "", version: String(context.version) }}
      />
    </BarrierFormPage>
  );
}
