// A breakdown (by theme, reason, outcome type…) as a plain table: the text behind a chart.
import { Table, Td, Th } from "@/components/ui/table";
import type { BreakdownRow } from "@/lib/dashboards/dashboard-types";
import { ProtectionKey } from "./protection-key";

type Props = { caption: string; headings: [string, string] | [string, string, string]; rows: BreakdownRow[] };

export function BreakdownTable({ caption, headings, rows }: Props) {
  return (
    <>
    <Table caption={<span className="text-lg">{caption}</span>}>
      <thead>
        <tr>
          {headings.map((h, i) => (
            <Th key={h} scope="col" className={i > 0 ? "text-right" : ""}>
              {h}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <Th scope="row" className="font-normal">
              {row.label}
            </Th>
            <Td className="text-right">{row.value.display}</Td>
            {headings.length === 3 && <Td className="text-right">{row.second?.display ?? ""}</Td>}
          </tr>
        ))}
      </tbody>
    </Table>
    <ProtectionKey values={rows.flatMap((r) => [r.value, r.second])} />
    </>
  );
}
