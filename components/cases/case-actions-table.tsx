// A case's actions: who does what by when, overdue marked in words as well as colour.
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import type { CaseView } from "@/lib/cases/case-view";
import { formatDate, londonDayOf, londonToday } from "@/lib/domain/london-time";

import { actionStatusLabels } from "@/lib/domain/labels";

export function CaseActionsTable({ actions, statusControl }: { actions: CaseView["actions"]; statusControl?: (actionId: string, status: string) => React.ReactNode }) {
  const today = londonToday();
  if (actions.length === 0) return <p className="mb-8">No actions agreed yet.</p>;
  return (
    <Table caption="Actions">
      <thead>
        <tr>
          <Th scope="col">What</Th>
          <Th scope="col">Who</Th>
          <Th scope="col">Due</Th>
          <Th scope="col">Status</Th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => {
          const overdue = (a.status === "OPEN" || a.status === "IN_PROGRESS") && a.dueOn < today;
          return (
            <tr key={a.id}>
              <Td className="whitespace-pre-wrap break-words">{a.description}</Td>
              <Td>{a.assigneeUser ? `${a.assigneeUser.name}, ${a.assigneeOrganisation.name}` : a.assigneeOrganisation.name}</Td>
              <Td className="whitespace-nowrap">
                {formatDate(a.dueOn)} {overdue && <Tag tone="red">Overdue</Tag>}
              </Td>
              <Td>{statusControl ? statusControl(a.id, a.status) : actionStatusLabels[a.status]}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
