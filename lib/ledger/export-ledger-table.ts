// A ledger table as a CSV download: the page's own authorised, protected figures, and an audit
// row ("ledger.export") saying who took which table of which place and period.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { toCsv } from "@/lib/domain/csv";
import { isLedgerTable, ledgerCsvRows } from "./ledger-csv";
import { loadLedger, type LedgerQuery, type LedgerTarget } from "./queries";

export async function exportLedgerTable(actor: Actor, target: LedgerTarget, table: string, query: LedgerQuery, ipAddress: string | null) {
  if (!isLedgerTable(table)) return null;
  const view = await loadLedger(actor, target, query);
  if (!view) return null;
  const rows = ledgerCsvRows(view, table);
  await writeAuditEvent(db, {
    actor: auditActorOf(actor),
    action: "ledger.export",
    recordType: view.place.level,
    recordId: view.place.id,
    reasons: ["aggregate figures of a place the user may see, small numbers suppressed"],
    ipAddress,
    details: { table, place: view.place.name, from: view.period.from, to: view.period.to, rows: rows.length - 1 },
  });
  const slug = (view.place.path || "partnership").replace(/\//g, "-");
  return { filename: `golden-thread-ledger-${slug}-${table}-${view.period.from}-to-${view.period.to}.csv`, csv: `\uFEFF${toCsv(rows)}` };
}
