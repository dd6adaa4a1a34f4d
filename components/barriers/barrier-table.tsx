// Barriers as a table: reference and title, where, kind, level, status, review, owner.
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { BarrierRow } from "@/lib/barriers/barrier-row";
import { barrierCategoryLabels } from "@/lib/barriers/labels";
import { formatDate } from "@/lib/domain/london-time";
import { BarrierStatusTag, LevelTag, OverdueTag } from "./barrier-tags";

export function BarrierTable({ caption, rows, showPlace = true }: { caption: React.ReactNode; rows: BarrierRow[]; showPlace?: boolean }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th scope="col">Barrier</Th>
          {showPlace && <Th scope="col">Where</Th>}
          <Th scope="col">Kind</Th>
          <Th scope="col">Status and level</Th>
          <Th scope="col">Raised</Th>
          <Th scope="col">Review by</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((b) => (
          <tr key={b.id}>
            <Td className="min-w-[16rem]">
              <Link href={`/barriers/${b.id}`} className="font-bold">
                {b.title}
              </Link>
              <span className="block text-sm text-secondary-ink">
                {b.reference}
                {b.owner ? ` · Owner: ${b.owner}` : ""}
                {b.linkedCases > 0 ? ` · ${b.linkedCases} ${b.linkedCases === 1 ? "case" : "cases"}` : ""}
              </span>
            </Td>
            {showPlace && <Td className="min-w-[9rem] text-sm">{b.place}</Td>}
            <Td className="text-sm">{barrierCategoryLabels[b.category]}</Td>
            <Td>
              <span className="flex flex-col items-start gap-1">
                <BarrierStatusTag status={b.status} />
                <LevelTag level={b.level} />
              </span>
            </Td>
            <Td className="text-sm">{formatDate(b.raisedAt)}</Td>
            <Td className="text-sm">
              {b.status === "RESOLVED" || b.status === "CLOSED_UNRESOLVED" ? (
                <span className="text-secondary-ink">Closed {b.closedAt ? formatDate(b.closedAt) : ""}</span>
              ) : (
                <span className="flex flex-col items-start gap-1">
                  {formatDate(b.reviewBy)} {b.overdue && <OverdueTag />}
                </span>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
