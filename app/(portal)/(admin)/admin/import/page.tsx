import type { Metadata } from "next";
import { ImportWizard } from "@/components/admin/import/import-wizard";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
import { importColumns, importKindLabels, importKinds } from "@/lib/admin/import/import-kinds";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Import from CSV" };

export default async function ImportPage() {
  await requireActor("admin.manage");
  return (
    <>
      <PageHeading caption="Partnership administration">Import from a CSV file</PageHeading>
      <p className="mb-4 max-w-3xl">
        Add many organisations, users or neighbourhoods at once. First the whole file is checked and every problem is listed by row;
        nothing is written until the file has none. Then it is imported all or nothing: if anything fails, no row is kept.
      </p>
      <p className="mb-8 max-w-3xl">
        Imported organisations start as invited unless the file says active. Imported users get one-time set-password links, which you
        can download once when the import finishes.
      </p>
      <ImportWizard />
      <h2 className="mt-12 mb-4 text-2xl font-bold">Columns of each file</h2>
      {importKinds.map((kind) => (
        <Table key={kind} caption={importKindLabels[kind]}>
          <thead>
            <tr>
              <Th scope="col">Column</Th>
              <Th scope="col">Required</Th>
              <Th scope="col">What it holds</Th>
            </tr>
          </thead>
          <tbody>
            {importColumns[kind].map((c) => (
              <tr key={c.name}>
                <Th scope="row" className="align-top! font-normal">
                  <code>{c.name}</code>
                </Th>
                <Td>{c.required ? "Yes" : "No"}</Td>
                <Td>{c.description}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ))}
    </>
  );
}
