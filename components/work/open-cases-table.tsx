// The cases a worker leads, with the next action due on each.
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import type { MyCaseRow } from "@/lib/cases/my-work/my-open-cases";
import { formatDate, londonToday } from "@/lib/domain/london-time";
import { caseStatusLabels, riskLevelLabels } from "@/lib/domain/labels";

export function OpenCasesTable({ caption, cases }: { caption: string; cases: MyCaseRow[] }) {
  const today = londonToday();
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th scope="col">Case</Th>
          <Th scope="col">Person</Th>
          <Th scope="col">Neighbourhood</Th>
          <Th scope="col">Themes</Th>
          <Th scope="col">Status</Th>
          <Th scope="col">Risk</Th>
          <Th scope="col">Next action due</Th>
        </tr>
      </thead>
      <tbody>
        {cases.map((c) => (
          <tr key={c.id}>
            <Td className="whitespace-nowrap font-bold">
              <Link href={`/cases/${c.id}`}>{c.reference}</Link>
            </Td>
            <Td>{c.subjectName}</Td>
            <Td>{c.neighbourhoodName}</Td>
            <Td>{c.themes.join(", ")}</Td>
            <Td>
              <Tag tone={c.status === "ON_HOLD" ? "grey" : "blue"}>{caseStatusLabels[c.status]}</Tag>
            </Td>
            <Td>{riskLevelLabels[c.riskLevel]}</Td>
            <Td className="whitespace-nowrap">
              {c.nextActionDue ? (
                <>
                  {formatDate(c.nextActionDue)} {c.nextActionDue < today && <Tag tone="red">Overdue</Tag>}
                </>
              ) : (
                "None"
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
