// The partnership board's agenda: every barrier escalated to the board and still open, oldest
// escalation first, each with its history, a page at a time; then the latest of what the board
// has decided in the last year (the rest are in the log).
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { pageCountOf } from "@/lib/domain/paging";
import { db } from "@/lib/db";
import { barrierRowOf, barrierRowSelect } from "./barrier-row";
import { historyEntryOf, historySelect } from "./history-entry";

const decidedMonths = 12;
export const agendaPageSize = 20;

/** Barriers the board closed since this moment count as decided "in the last year". */
export function decidedSince(now: Date = new Date()): Date {
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - decidedMonths);
  return since;
}

export async function getBoardAgenda(_actor: AccessActor, page = 1) {
  const since = decidedSince();
  const select = {
    ...barrierRowSelect,
    description: true,
    effect: true,
    events: historySelect,
    actions: { orderBy: { dueOn: "asc" as const }, select: { id: true, description: true, status: true, dueOn: true, ownerOrganisation: { select: { name: true } }, ownerUser: { select: { name: true } } } },
  };
  const openWhere = { escalationLevel: "PARTNERSHIP_BOARD" as const, status: { in: ["RAISED" as const, "ACCEPTED" as const, "IN_ACTION" as const] } };
  const decidedWhere = { escalationLevel: "PARTNERSHIP_BOARD" as const, status: { in: ["RESOLVED" as const, "CLOSED_UNRESOLVED" as const] }, closedAt: { gte: since } };
  const [openTotal, decidedTotal] = await Promise.all([db.barrier.count({ where: openWhere }), db.barrier.count({ where: decidedWhere })]);
  const pageCount = pageCountOf(openTotal, agendaPageSize);
  const current = Math.min(page, pageCount);
  const [open, decided] = await Promise.all([
    db.barrier.findMany({ where: openWhere, orderBy: [{ escalatedAt: "asc" }, { number: "asc" }], skip: (current - 1) * agendaPageSize, take: agendaPageSize, select }),
    db.barrier.findMany({ where: decidedWhere, orderBy: { closedAt: "desc" }, take: agendaPageSize, select }),
  ]);
  const now = new Date();
  const item = (b: (typeof open)[number]) => ({
    ...barrierRowOf(b, now),
    description: b.description,
    effect: b.effect,
    history: b.events.map(historyEntryOf),
    actions: b.actions.map((a) => ({ id: a.id, description: a.description, status: a.status, dueOn: a.dueOn, owner: a.ownerUser ? `${a.ownerUser.name}, ${a.ownerOrganisation.name}` : a.ownerOrganisation.name })),
  });
  return {
    open: open.map(item),
    openTotal,
    page: current,
    pageCount,
    /** Where this page's items start in the agenda's numbering. */
    firstNumber: (current - 1) * agendaPageSize + 1,
    decided: decided.map(item),
    decidedTotal,
    decidedMonths,
  };
}

export type BoardAgenda = Awaited<ReturnType<typeof getBoardAgenda>>;
