// The audit trail as CSV, for the filters an admin chose. Exporting is itself written to the
// trail (who exported what, how many rows) before any row leaves the server.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { toCsv } from "@/lib/domain/csv";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertPermitted } from "../permission";
import type { AuditFilters } from "./filters";
import { auditRowsOf, auditWhere } from "./queries";

/** More rows than this is too many for one spreadsheet download: narrow the filters. */
export const auditExportLimit = 50_000;
const batchSize = 5_000;

const header = [
  "When (UTC)",
  "User",
  "User email",
  "Organisation",
  "Roles",
  "Action",
  "Outcome",
  "Record type",
  "Record id",
  "Case reference",
  "Reasons",
  "Details",
  "IP address",
];

export type AuditExport = { ok: true; csv: string; rows: number } | { ok: false; message: string };

export async function exportAuditCsv(actor: Actor, filters: AuditFilters, ipAddress: string | null): Promise<AuditExport> {
  assertPermitted(actor, "audit.read");
  const where = await auditWhere(filters);
  const total = await db.auditEvent.count({ where });
  if (total > auditExportLimit) {
    return { ok: false, message: `The filters match ${total.toLocaleString("en-GB")} events: narrow them to ${auditExportLimit.toLocaleString("en-GB")} or fewer to export` };
  }
  await writeAuditEvent(db, {
    actor: auditActorOf(actor),
    action: "admin.audit.export",
    recordType: "AuditEvent",
    ipAddress,
    details: { rows: total, filters: JSON.parse(JSON.stringify(filters)) },
  });
  const records: (string | number | null)[][] = [header];
  let cursor: bigint | null = null;
  for (;;) {
    const events: Prisma.AuditEventGetPayload<object>[] = await db.auditEvent.findMany({
      where,
      orderBy: { id: "desc" },
      take: batchSize,
      ...(cursor === null ? {} : { cursor: { id: cursor }, skip: 1 }),
    });
    for (const row of await auditRowsOf(events)) {
      records.push([
        row.at.toISOString(),
        row.actorName,
        row.actorEmail,
        row.actorOrganisationName,
        row.actorRoles.join(" "),
        row.action,
        row.outcome,
        row.recordType,
        row.recordId,
        row.caseReference,
        row.reasons.join("; "),
        row.details,
        row.ipAddress,
      ]);
    }
    if (events.length < batchSize) break;
    cursor = events[events.length - 1].id;
  }
  return { ok: true, csv: toCsv(records), rows: records.length - 1 };
}
