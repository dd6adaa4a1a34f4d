// Every barrier list as CSV (a log with its filters, the board agenda, "my barriers"), with an
// audit row saying who took which list. Linked cases are a count only: which cases they are is
// shown only to those who may see them, and a file travels.
import "server-only";
import { decideBarrierAccess, noResponsibility } from "@/lib/access/barrier-policy";
import type { AccessActor } from "@/lib/access/case-policy";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { toCsv } from "@/lib/domain/csv";
import { formatDate } from "@/lib/domain/london-time";
import { barrierLogWhere } from "./barrier-log";
import { logScopeFor, partnershipScope } from "./barrier-places";
import { barrierRowOf, barrierRowSelect, type BarrierRow } from "./barrier-row";
import { barrierCategoryLabels, barrierStatusLabels, escalationLevelLabels } from "./labels";
import { readLogFilters } from "./log-filters";
import { decidedSince } from "./board-agenda";
import { getMyBarriers } from "./my-barriers";

/** A log is exported whole, up to this many rows (far more than a partnership raises). */
const maxRows = 10_000;

const header = ["Reference", "Title", "Where", "Kind", "Level", "Status", "Raised on", "Raised by", "Owner", "Review by", "Overdue for review", "Organisations", "Linked cases", "Closed on", "Outcome"];

function record(b: BarrierRow, list?: string): (string | number)[] {
  return [
    ...(list ? [list] : []),
    b.reference,
    b.title,
    b.place,
    barrierCategoryLabels[b.category],
    escalationLevelLabels[b.level],
    barrierStatusLabels[b.status],
    formatDate(b.raisedAt),
    b.raisedBy,
    b.owner ?? "",
    formatDate(b.reviewBy),
    b.overdue ? "Yes" : "No",
    b.organisations.join("; "),
    b.linkedCases,
    b.closedAt ? formatDate(b.closedAt) : "",
    b.resolution ?? "",
  ];
}

export type BarrierListRequest = { list: "log"; locality?: string; neighbourhood?: string; params: Record<string, string> } | { list: "board" } | { list: "mine" };

export async function exportBarrierList(actor: AccessActor, request: BarrierListRequest, ipAddress: string | null): Promise<{ filename: string; csv: string } | null> {
  if (!decideBarrierAccess(actor, noResponsibility, null, "export").allowed) return null;
  let rows: (string | number)[][];
  let name: string;
  let details: Record<string, string | number> = {};
  if (request.list === "log") {
    const scope = request.locality ? await logScopeFor(request.locality, request.neighbourhood) : partnershipScope;
    if (!scope) return null;
    const filters = readLogFilters(request.params);
    const found = await db.barrier.findMany({ where: barrierLogWhere(scope, filters), orderBy: [{ raisedAt: "desc" }, { number: "desc" }], take: maxRows, select: barrierRowSelect });
    const now = new Date();
    rows = [header, ...found.map((b) => record(barrierRowOf(b, now)))];
    name = `barriers-${scope.kind === "partnership" ? "partnership" : scope.path.split("/").slice(3).join("-")}`;
    details = { place: scope.name, ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) };
  } else if (request.list === "board") {
    // The whole agenda, every page of it, without the histories.
    const [open, decided] = await Promise.all([
      db.barrier.findMany({ where: { escalationLevel: "PARTNERSHIP_BOARD", status: { in: ["RAISED", "ACCEPTED", "IN_ACTION"] } }, orderBy: [{ escalatedAt: "asc" }, { number: "asc" }], take: maxRows, select: barrierRowSelect }),
      db.barrier.findMany({ where: { escalationLevel: "PARTNERSHIP_BOARD", status: { in: ["RESOLVED", "CLOSED_UNRESOLVED"] }, closedAt: { gte: decidedSince() } }, orderBy: { closedAt: "desc" }, take: maxRows, select: barrierRowSelect }),
    ]);
    const now = new Date();
    rows = [["Agenda", ...header], ...open.map((b) => record(barrierRowOf(b, now), "For decision")), ...decided.map((b) => record(barrierRowOf(b, now), "Decided"))];
    name = "barriers-board-agenda";
  } else {
    const mine = await getMyBarriers(actor);
    rows = [
      ["List", ...header],
      ...mine.waiting.map((b) => record(b, "Waiting for you to accept")),
      ...mine.owned.map((b) => record(b, "You own")),
      ...mine.raised.map((b) => record(b, "You raised")),
    ];
    name = "my-barriers";
  }
  await writeAuditEvent(db, {
    actor: auditActorOf(actor),
    action: "barrier.export",
    recordType: "BarrierList",
    recordId: request.list,
    reasons: ["barriers are open to every user of the partnership; linked cases as a count only"],
    ipAddress,
    details: { ...details, rows: rows.length - 1 },
  });
  return { filename: `golden-thread-${name}.csv`, csv: `\uFEFF${toCsv(rows)}` };
}
