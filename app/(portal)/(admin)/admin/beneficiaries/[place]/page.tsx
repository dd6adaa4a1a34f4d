import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BeneficiaryForm } from "@/components/ledger/admin/beneficiary-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/auth/actor";
import { organisationTypeLabels } from "@/lib/domain/labels";
import { saveBeneficiariesAction } from "@/lib/ledger/admin-actions";
import { beneficiaryForm } from "@/lib/ledger/beneficiaries/queries";

export const metadata: Metadata = { title: "Choose who receives a place's benefits" };

export default async function PlaceBeneficiariesPage({ params }: { params: Promise<{ place: string }> }) {
  const actor = await requireActor("admin.manage");
  const { place } = await params;
  const match = /^(locality|neighbourhood)-([0-9a-f-]{36})$/i.exec(place);
  if (!match) notFound();
  const target = match[1] === "locality" ? { localityId: match[2], neighbourhoodId: null } : { localityId: null, neighbourhoodId: match[2] };
  const form = await beneficiaryForm(actor, target);
  if (!form) notFound();
  return (
    <>
      <BackLink href="/admin/beneficiaries">Back to who receives each place’s benefits</BackLink>
      <PageHeading caption="Unit costs">{form.name}</PageHeading>
      <p className="mb-6 max-w-3xl">
        {target.neighbourhoodId ? "Types chosen here override the locality’s choice for this neighbourhood; leave a type empty to follow the locality." : "Choose, for each type, the organisations serving this locality."}{" "}
        Saving re-values this place’s outcomes.
      </p>
      <BeneficiaryForm action={saveBeneficiariesAction.bind(null, target)} chosen={form.chosen} types={form.types.map((t) => ({ ...t, label: organisationTypeLabels[t.type] }))} />
    </>
  );
}
