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
    actions: { orderBy: { dueOn: "asc" as const }, select: { id: true, description: true, status: true, dueOn: true, ownerOrganisation: { select: { name: true } }, ownerUser: { select: { name: true } } } },
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
    actions: b.actions.map((a) => ({ id: a.id, description: a.description, status: a.status, dueOn: a.dueOn, owner: a.ownerUser ? `${a.ownerUser.name}, ${a.ownerOrganisation.name}` : a.ownerOrganisation.name })),
  });
  return { open: open.map(item), decided: decided.map(item), decidedMonths };
}

export type BoardAgenda = Awaited<ReturnType<typeof getBoardAgenda>>;
