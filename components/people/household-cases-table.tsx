// The cases opened for a household that the viewer may see.
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { caseStatusLabels } from "@/lib/domain/labels";
import { formatDate } from "@/lib/domain/london-time";
import type { HouseholdView } from "@/lib/people/household-view";

export function HouseholdCasesTable({ cases }: { cases: HouseholdView["cases"] }) {
  if (cases.length === 0) return <p className="mb-8">No cases for this household are shared with your organisation.</p>;
  return (
    <Table caption={`Cases for the household (${cases.length})`}>
      <thead>
        <tr>
          <Th scope="col">Case</Th>
          <Th scope="col">About</Th>
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
            </Td>
            <Td>
              <Link href={`/people/${c.person.id}`}>{`${c.person.givenName} ${c.person.familyName}`}</Link>
            </Td>
            <Td>{c.leadOrganisation.name}</Td>
            <Td className="whitespace-nowrap">{formatDate(c.openedAt)}</Td>
            <Td>
              <Tag tone={c.status === "CLOSED" ? "grey" : "blue"}>{caseStatusLabels[c.status]}</Tag>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
