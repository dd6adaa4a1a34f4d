// The cases about a person that the viewer may see.
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { caseStatusLabels, riskLevelLabels } from "@/lib/domain/labels";
import { formatDate } from "@/lib/domain/london-time";
import type { PersonView } from "@/lib/people/person-view";

export function PersonCasesTable({ cases }: { cases: PersonView["cases"] }) {
  if (cases.length === 0) return <p className="mb-8">No cases about this person are shared with your organisation.</p>;
  return (
    <Table caption={`Cases (${cases.length})`}>
      <thead>
        <tr>
          <Th scope="col">Case</Th>
          <Th scope="col">Themes</Th>
          <Th scope="col">Lead organisation</Th>
          <Th scope="col">Opened</Th>
          <Th scope="col">Status</Th>
        </tr>
      </thead>
      <tbody>
        {cases.map((c) => (
          <tr key={c.id}>
            <Td>
              <Link href={`/cases/${c.id}`}>{c.reference}</Link>
              <span className="block text-sm text-secondary-ink">{c.neighbourhood.name}</span>
            </Td>
            <Td>{c.themes.map((t) => t.theme.name).join(", ")}</Td>
            <Td>{c.leadOrganisation.name}</Td>
            <Td className="whitespace-nowrap">{formatDate(c.openedAt)}</Td>
            <Td>
              <Tag tone={c.status === "CLOSED" ? "grey" : "blue"}>{caseStatusLabels[c.status]}</Tag>
              <span className="block text-sm">Risk: {riskLevelLabels[c.riskLevel]}</span>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
