import type { Metadata } from "next";
import { UnitCostImportForm } from "@/components/ledger/admin/unit-cost-import-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/actor";
import { importUnitCostsAction } from "@/lib/ledger/admin-actions";
import { unitCostColumns } from "@/lib/ledger/unit-costs/unit-cost-csv";

export const metadata: Metadata = { title: "Import unit costs" };

export default async function ImportUnitCostsPage() {
  await requireActor("admin.manage");
  return (
    <>
      <BackLink href="/admin/unit-costs">Back to unit costs</BackLink>
      <PageHeading caption="Unit costs">Import from CSV</PageHeading>
      <p className="mb-6 max-w-3xl">
        Each row adds a line, or a new version of the line with the same outcome and beneficiary from its date. Nothing is imported unless
        every row is right. A file downloaded from the unit-cost page can be changed and imported again.
      </p>
      <UnitCostImportForm action={importUnitCostsAction} />
      <Table caption="Columns">
        <thead><tr><Th scope="col">Column</Th><Th scope="col">Needed</Th><Th scope="col">What it holds</Th></tr></thead>
        <tbody>
          {unitCostColumns.map((c) => (
            <tr key={c.name}><Th scope="row" className="font-mono font-normal">{c.name}</Th><Td>{c.required ? "Yes" : "No"}</Td><Td>{c.description}</Td></tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
