// Audit events as a table: when, who, what, on which record, and the reasons given.
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import type { AuditRow } from "@/lib/admin/audit/queries";
import { formatDateTime } from "@/lib/domain/london-time";

export function AuditTable({ caption, rows }: { caption: string; rows: AuditRow[] }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th scope="col">When</Th>
          <Th scope="col">Who</Th>
          <Th scope="col">Action</Th>
          <Th scope="col">Record</Th>
          <Th scope="col">Reasons and details</Th>
        </tr>
      </thead>
      <tbody className="text-base">
        {rows.map((r) => (
          <tr key={r.id}>
            <Td className="min-w-[9rem]">{formatDateTime(r.at)}</Td>
            <Td>
              {r.actorName ?? (r.actorUserId ? "Unknown user" : "Nobody signed in")}
              {r.actorOrganisationName && <span className="block text-secondary-ink">{r.actorOrganisationName}</span>}
            </Td>
            <Td>
              {r.actionWords} {r.outcome === "DENIED" && <Tag tone="red">Denied</Tag>}
              {r.outcome === "REFUSED" && <Tag tone="grey">Refused: nothing changed</Tag>}
              <code className="block break-all text-sm text-secondary-ink">{r.action}</code>
            </Td>
            <Td className="break-all">
              {r.caseReference ?? (r.recordType ? `${r.recordType}${r.recordId ? ` ${r.recordId}` : ""}` : "—")}
            </Td>
            <Td>
              {r.reasons.length > 0 && (
                <ul className="list-disc pl-5">
                  {r.reasons.map((reason, i) => (
                    <li key={i}>{reason}</li>
                  ))}
                </ul>
              )}
              {r.detailWords.length > 0 && (
                <ul className="mt-1 text-secondary-ink">
                  {r.detailWords.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
