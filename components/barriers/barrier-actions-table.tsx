// The actions agreed to tackle a barrier: what, who, by when, where they have got to.
import { actionStatusLabels } from "@/lib/domain/labels";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import type { BarrierView } from "@/lib/barriers/barrier-view";
import { formatDate } from "@/lib/domain/london-time";

type Props = { actions: BarrierView["actions"]; statusControl?: (action: BarrierView["actions"][number]) => React.ReactNode };

export function BarrierActionsTable({ actions, statusControl }: Props) {
  if (actions.length === 0) return <p className="mb-10">No actions agreed yet.</p>;
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
        {actions.map((a) => (
          <tr key={a.id}>
            <Td>{a.description}</Td>
            <Td>{a.owner}</Td>
            <Td className="whitespace-nowrap">
              {formatDate(a.dueOn)} {a.overdue && <Tag tone="red">Overdue</Tag>}
            </Td>
            <Td>{a.canUpdate && statusControl ? statusControl(a) : actionStatusLabels[a.status]}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
