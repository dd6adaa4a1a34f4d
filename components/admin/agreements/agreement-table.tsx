// A table of sharing agreements with their derived status and dates.
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { AgreementRow } from "@/lib/admin/agreements/queries";
import { formatDate } from "@/lib/domain/london-time";
import { AgreementStatusTag } from "../status-tags";

export function AgreementTable({ caption, agreements }: { caption: string; agreements: AgreementRow[] }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th scope="col">Reference</Th>
          <Th scope="col">Title</Th>
          <Th scope="col">Status</Th>
          <Th scope="col">Ends</Th>
          <Th scope="col">Review</Th>
          <Th scope="col" className="text-right">
            Parties
          </Th>
        </tr>
      </thead>
      <tbody>
        {agreements.map((a) => (
          <tr key={a.id}>
            <Th scope="row" className="align-top! font-normal whitespace-nowrap">
              <Link href={`/admin/agreements/${a.id}`}>{a.reference}</Link>
            </Th>
            <Td>{a.title}</Td>
            <Td>
              <AgreementStatusTag status={a.status} />
            </Td>
            <Td className="whitespace-nowrap">{a.endsOn ? formatDate(a.endsOn) : "No end date"}</Td>
            <Td className="whitespace-nowrap">{a.reviewOn ? formatDate(a.reviewOn) : "—"}</Td>
            <Td className="text-right">{a.parties}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
