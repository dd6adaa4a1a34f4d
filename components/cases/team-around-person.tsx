import { Table, Td, Th } from "@/components/ui/table";
import type { CaseView } from "@/lib/cases/case-view";
import { formatDate } from "@/lib/domain/london-time";
import { organisationTypeLabels } from "@/lib/domain/labels";

export const roleLabels: Record<string, string> = {
  LEAD: "Lead organisation",
  KEY_WORKER: "Key worker",
  SUPPORTING: "Supporting",
  SPECIALIST: "Specialist",
  ADVISORY: "Advisory",
};

export function TeamAroundPerson({ record }: { record: CaseView }) {
  return (
    <Table caption="Team around the person">
      <thead>
        <tr>
          <Th scope="col">Organisation</Th>
          <Th scope="col">Role</Th>
          <Th scope="col">Named workers</Th>
          <Th scope="col">Since</Th>
        </tr>
      </thead>
      <tbody>
        {record.involvements.map((i) => (
          <tr key={i.organisation.id}>
            <Th scope="row" className="font-normal">
              {i.organisation.name}
              <span className="block text-sm text-secondary-ink">{organisationTypeLabels[i.organisation.type]}</span>
            </Th>
            <Td>{roleLabels[i.role] ?? i.role}</Td>
            <Td>
              {record.workers
                .filter((w) => w.user.organisation.id === i.organisation.id)
                .map((w) => `${w.user.name} (${w.role})`)
                .join("; ") || "None named"}
            </Td>
            <Td className="whitespace-nowrap">{formatDate(i.joinedAt)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
