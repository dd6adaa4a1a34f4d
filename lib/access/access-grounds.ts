// What the access policy needs to know about the actor, loaded once for a request's decisions
// and lists: their organisation's agreements in force, and their own need-to-know standing.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { londonToday } from "@/lib/domain/london-time";
import { agreementsInForceFor } from "./agreements-in-force";
import type { AccessActor, AccessGrounds } from "./case-policy";
import { loadWorkerStanding } from "./worker-standing";

export async function accessGroundsFor(client: Tx, actor: AccessActor, on: Date = new Date()): Promise<AccessGrounds> {
  const agreements = await agreementsInForceFor(client, actor.organisation.id, on);
  return { agreements, standing: await loadWorkerStanding(client, actor), today: londonToday(on) };
}
