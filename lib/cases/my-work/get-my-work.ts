// "My work": a frontline worker's day in one place — the first rows of each list, with totals
// and links to the full lists. Everything comes through the access policy's filters, and each
// list read is audited (counts only).
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { listMyActions } from "./my-actions";
import { listUnreadNotifications } from "./my-notifications";
import { listMyOpenCases } from "./my-open-cases";
import { listRecentActivity } from "./recent-activity";
import { listReferralInbox } from "./referral-inbox";
import { listTransfersAwaiting } from "./transfers-awaiting";
import { overviewRows } from "./work-lists";

export async function getMyWork(actor: AccessActor) {
  const first = { page: 1, pageSize: overviewRows };
  const [notifications, inbox, transfers, actions, cases, activity] = await Promise.all([
    listUnreadNotifications(actor),
    listReferralInbox(actor, { page: 1, pageSize: 5 }),
    listTransfersAwaiting(actor),
    listMyActions(actor, { due: "all", for: "all", sort: "due" }, first),
    listMyOpenCases(actor, { sort: "next-action" }, first),
    listRecentActivity(actor),
  ]);
  return { notifications, inbox, transfers, actions, cases, activity };
}

export type MyWork = Awaited<ReturnType<typeof getMyWork>>;
