// "My work": a frontline worker's day in one place — the first rows of each list, with totals
// and links to the full lists. Everything comes through the access policy's filters, and each
// list read is audited (counts only). One transaction and one load of the actor's grounds for all
// six lists: six transactions each loading them again cost more than the lists themselves.
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import type { AccessActor } from "@/lib/access/case-policy";
import { asActor } from "@/lib/db/access-context";
import { readMyActions } from "./my-actions";
import { readUnreadNotifications } from "./my-notifications";
import { readMyOpenCases } from "./my-open-cases";
import { readRecentActivity } from "./recent-activity";
import { readReferralInbox } from "./referral-inbox";
import { readTransfersAwaiting } from "./transfers-awaiting";
import { overviewRows } from "./work-lists";

export async function getMyWork(actor: AccessActor) {
  const first = { page: 1, pageSize: overviewRows };
  return asActor(actor, async (tx) => {
    const grounds = await accessGroundsFor(tx, actor);
    // One after the other: a transaction's queries share one connection.
    const notifications = await readUnreadNotifications(tx, actor, grounds);
    const inbox = await readReferralInbox(tx, actor, grounds, { page: 1, pageSize: 5 });
    const transfers = await readTransfersAwaiting(tx, actor, grounds);
    const actions = await readMyActions(tx, actor, grounds, { due: "all", for: "all", sort: "due" }, first);
    const cases = await readMyOpenCases(tx, actor, grounds, { sort: "next-action" }, first);
    const activity = await readRecentActivity(tx, actor, grounds);
    return { notifications, inbox, transfers, actions, cases, activity };
  });
}

export type MyWork = Awaited<ReturnType<typeof getMyWork>>;
