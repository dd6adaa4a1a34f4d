// The members of a household the viewer may see, with how each is related to it.
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { householdRelationshipLabels, labelFor } from "@/lib/domain/labels";
import { formatDate } from "@/lib/domain/london-time";
import type { HouseholdView } from "@/lib/people/household-view";

export function HouseholdMembersTable({ members }: { members: HouseholdView["members"] }) {
  if (members.length === 0) return <p className="mb-8">Nobody in this household is shared with your organisation.</p>;
  return (
    <Table caption={`Members (${members.length})`}>
      <thead>
        <tr>
          <Th scope="col">Name</Th>
          <Th scope="col">Relationship</Th>
          <Th scope="col">Date of birth</Th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.id}>
            <Td>
              <Link href={`/people/${m.id}`}>{`${m.givenName} ${m.familyName}`}</Link>
            </Td>
            <Td>{m.householdRelationship ? labelFor(householdRelationshipLabels, m.householdRelationship) : "Not recorded"}</Td>
            <Td className="whitespace-nowrap">{formatDate(m.dateOfBirth)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
