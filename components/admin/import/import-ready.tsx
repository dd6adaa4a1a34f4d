"use client";
// The preview's good news: every row passed, here are the first few as read; import or go back.
import { Button } from "@/components/ui/button";
import { OutcomePanel } from "../outcome-panel";
import { Table, Td, Th } from "@/components/ui/table";
import { importKindLabels, type ImportKind } from "@/lib/admin/import/import-kinds";

export type Sample = { columns: string[]; rows: { row: number; values: Record<string, string> }[] };

export function ImportReady({
  kind,
  rowCount,
  sample,
  onImport,
  onCancel,
}: {
  kind: ImportKind;
  rowCount: number;
  sample: Sample;
  onImport: () => void;
  onCancel: () => void;
}) {
  const noun = importKindLabels[kind].toLowerCase();
  return (
    <>
      <OutcomePanel title="Ready to import" tone="neutral">
        <p className="font-bold">
          All {rowCount.toLocaleString("en-GB")} rows passed the checks. Nothing has been imported yet.
        </p>
      </OutcomePanel>
      <Table caption={`The first ${sample.rows.length} rows as read`}>
        <thead>
          <tr>
            <Th scope="col">Row</Th>
            {sample.columns.map((c) => (
              <Th scope="col" key={c}>
                {c}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sample.rows.map((r) => (
            <tr key={r.row}>
              <Td>{r.row}</Td>
              {sample.columns.map((c) => (
                <Td key={c} className="break-all">
                  {r.values[c] ?? ""}
                </Td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
      <div className="mb-8 flex flex-wrap gap-4">
        <Button type="button" onClick={onImport}>
          Import {rowCount.toLocaleString("en-GB")} {noun}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Choose another file
        </Button>
      </div>
    </>
  );
}
