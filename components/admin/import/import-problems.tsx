// The problems found in an import file, row by row, under an error summary.
import { ErrorSummary } from "@/components/ui/error-summary";
import { Table, Td, Th } from "@/components/ui/table";
import type { RowError } from "@/lib/admin/import/import-kinds";

export function ImportProblems({ errors, rowCount }: { errors: RowError[]; rowCount: number }) {
  const rows = new Set(errors.map((e) => e.row)).size;
  return (
    <>
      <ErrorSummary
        items={[
          {
            fieldId: "import-problems",
            message:
              rowCount > 0
                ? `${errors.length} ${errors.length === 1 ? "problem" : "problems"} in ${rows} of ${rowCount} rows: nothing has been imported`
                : "The file cannot be read: nothing has been imported",
          },
        ]}
      />
      <div id="import-problems" tabIndex={-1}>
        <Table caption={`Problems in the file (${errors.length})`}>
          <thead>
            <tr>
              <Th scope="col">Row</Th>
              <Th scope="col">Column</Th>
              <Th scope="col">Problem</Th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e, i) => (
              <tr key={i}>
                <Td>{e.row > 0 ? e.row : "—"}</Td>
                <Td>{e.column ?? "—"}</Td>
                <Td>{e.message}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </>
  );
}
