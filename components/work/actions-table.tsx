// Actions for the worker or their organisation: due date (overdue marked in words), what, who,
// and the case with who it is about.
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import type { MyActionRow } from "@/lib/cases/my-work/my-actions";
import { formatDate } from "@/lib/domain/london-time";
import { actionStatusLabels } from "@/lib/domain/labels";

export function ActionsTable({ caption, actions }: { caption: string; actions: MyActionRow[] }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th scope="col">Due</Th>
          <Th scope="col">What</Th>
          <Th scope="col">Who</Th>
          <Th scope="col">Case</Th>
          <Th scope="col">Status</Th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => (
          <tr key={a.id}>
            <Td className="whitespace-nowrap">
              {formatDate(a.dueOn)} {a.overdue && <Tag tone="red">Overdue</Tag>}
            </Td>
            <Td>{a.description}</Td>
            <Td>{a.assignee}</Td>
            <Td>
              <Link href={`/cases/${a.case.id}`} className="font-bold">
                {a.case.reference}
              </Link>
              <span className="block">{a.case.subjectName}</span>
            </Td>
            <Td>{actionStatusLabels[a.status]}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
