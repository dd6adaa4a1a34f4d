import type { Metadata } from "next";
import { UnitCostForm } from "@/components/ledger/admin/unit-cost-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/auth/actor";
import { createUnitCostAction } from "@/lib/ledger/admin-actions";
import { unitCostFormOptions } from "@/lib/ledger/unit-costs/queries";
import { gradeOptions } from "../unit-cost-choices";

export const metadata: Metadata = { title: "Add a unit-cost line" };

export default async function NewUnitCostPage() {
  await requireActor("admin.manage");
  const options = await unitCostFormOptions();
  const today = new Date();
  return (
    <>
      <BackLink href="/admin/unit-costs">Back to unit costs</BackLink>
      <PageHeading caption="Unit costs">Add a line</PageHeading>
      <UnitCostForm
        action={createUnitCostAction}
        outcomeTypes={options.outcomeTypes}
        beneficiaries={options.beneficiaries}
        grades={gradeOptions}
        submitLabel="Add line"
        initial={{ outcomeTypeId: "", beneficiary: "", fiscal: "0", economic: "0", social: "0", years: "1", deadweight: "", attribution: "", confidenceGrade: "3", optimismBias: "10", priceYear: String(today.getUTCFullYear()), source: "", description: "", effectiveFrom: { day: "", month: "", year: "" } }}
      />
    </>
  );
}
