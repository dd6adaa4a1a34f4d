// Changing a unit-cost line from a date (a new version), or ending it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EndUnitCostForm } from "@/components/ledger/admin/end-unit-cost-form";
import { UnitCostForm } from "@/components/ledger/admin/unit-cost-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/domain/london-time";
import { changeUnitCostAction, endUnitCostAction } from "@/lib/ledger/admin-actions";
import { getUnitCost, unitCostFormOptions } from "@/lib/ledger/unit-costs/queries";
import { gradeOptions } from "../../unit-cost-choices";

export const metadata: Metadata = { title: "Change a unit-cost line" };

const pounds = (pence: number) => (pence / 100).toFixed(2);

export default async function ChangeUnitCostPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const { id } = await params;
  const [cost, options] = await Promise.all([getUnitCost(actor, id), unitCostFormOptions()]);
  if (!cost || cost.effectiveTo) notFound();
  const beneficiary = cost.beneficiaryOrganisation ? `organisation:${cost.beneficiaryOrganisation.id}` : cost.beneficiaryType ? `type:${cost.beneficiaryType}` : "";
  return (
    <>
      <BackLink href="/admin/unit-costs">Back to unit costs</BackLink>
      <PageHeading caption={`Unit costs · in force since ${formatDate(cost.effectiveFrom)}`}>Change {cost.outcomeType.name}</PageHeading>
      <p className="mb-6 max-w-3xl">The values below are the version in force. Saving makes a new version from the date you give; outcomes achieved before it keep their value.</p>
      <UnitCostForm
        action={changeUnitCostAction.bind(null, id)}
        fixedOutcome={cost.outcomeType.name}
        outcomeTypes={options.outcomeTypes}
        beneficiaries={options.beneficiaries}
        grades={gradeOptions}
        submitLabel="Save new version"
        initial={{
          outcomeTypeId: cost.outcomeType.id, beneficiary, fiscal: pounds(cost.fiscalPencePerYear), economic: pounds(cost.economicPencePerYear), social: pounds(cost.socialPencePerYear),
          years: String(cost.years), deadweight: String(cost.deadweightBasisPoints / 100), attribution: String(cost.attributionBasisPoints / 100), confidenceGrade: String(cost.confidenceGrade),
          optimismBias: String(cost.optimismBiasBasisPoints / 100), priceYear: String(cost.priceYear), source: cost.source, description: cost.description ?? "", effectiveFrom: { day: "", month: "", year: "" },
        }}
      />
      <h2 className="mt-12 mb-4 text-2xl font-bold">End this line</h2>
      <EndUnitCostForm action={endUnitCostAction.bind(null, id)} />
    </>
  );
}
