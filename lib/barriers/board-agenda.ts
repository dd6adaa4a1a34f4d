// The partnership board's agenda: every barrier escalated to the board and still open, oldest
// escalation first, each with its history; then what the board has decided in the last year.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { db } from "@/lib/db";
import { barrierRowOf, barrierRowSelect } from "./barrier-row";
import { historyEntryOf, historySelect } from "./history-entry";

const decidedMonths = 12;

export async function getBoardAgenda(_actor: AccessActor) {
  const since = new Date();
  since.setUTCMonth(since.getUTCMonth() - decidedMonths);
  const select = {
    ...barrierRowSelect,
    description: true,
    effect: true,
    events: historySelect,
  };
  const [open, decided] = await Promise.all([
    db.barrier.findMany({ where: { escalationLevel: "PARTNERSHIP_BOARD", status: { in: ["RAISED", "ACCEPTED", "IN_ACTION"] } }, orderBy: [{ escalatedAt: "asc" }, { number: "asc" }], select }),
    db.barrier.findMany({ where: { escalationLevel: "PARTNERSHIP_BOARD", status: { in: ["RESOLVED", "CLOSED_UNRESOLVED"] }, closedAt: { gte: since } }, orderBy: { closedAt: "desc" }, select }),
  ]);
  const now = new Date();
  const item = (b: (typeof open)[number]) => ({
    ...barrierRowOf(b, now),
    description: b.description,
    effect: b.effect,
    history: b.events.map(historyEntryOf),
  });
  return { open: open.map(item), decided: decided.map(item), decidedMonths };
}

export type BoardAgenda = Awaited<ReturnType<typeof getBoardAgenda>>;
