import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BarrierFormPage } from "@/components/barriers/barrier-form-page";
import { EscalateBarrierForm } from "@/components/barriers/escalate-barrier-form";
import { WarningText } from "@/components/ui/warning-text";
import { nextLevel } from "@/lib/access/barrier-policy";
import { requireBarrierReader } from "@/lib/barriers/require-barrier-reader";
import { escalateBarrierAction } from "@/lib/barriers/actions";
import { getBarrierFormContext } from "@/lib/barriers/barrier-form-context";
import { escalationLevelLabels } from "@/lib/barriers/labels";

export const metadata: Metadata = { title: "Escalate a barrier" };

export default async function EscalateBarrierPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireBarrierReader();
  const { id } = await params;
  const context = await getBarrierFormContext(actor, id, "escalate");
  if (!context) notFound();
  const to = nextLevel(context.escalationLevel);
  const toName = to ? escalationLevelLabels[to].toLowerCase() : "next level";
  return (
    <BarrierFormPage context={context} title={`Escalate to the ${toName}`}>
      <WarningText>
        Responsibility moves to the {toName}. {context.ownerId ? "You stop being its owner; " : ""}someone responsible there must accept it.
      </WarningText>
      <EscalateBarrierForm action={escalateBarrierAction.bind(null, id)} current={{ reason: "", version: String(context.version) }} to={toName} />
    </BarrierFormPage>
  );
}
