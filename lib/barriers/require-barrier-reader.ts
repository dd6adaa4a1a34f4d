// The signed-in actor for a barrier page: anyone with a role in the partnership may read
// barriers (barrier-policy.ts, "view"); a user with no role gets the same 404 as a missing page.
import "server-only";
import { notFound } from "next/navigation";
import { decideBarrierAccess, noResponsibility } from "@/lib/access/barrier-policy";
import { requireActor, type Actor } from "@/lib/auth/actor";

export async function requireBarrierReader(): Promise<Actor> {
  const actor = await requireActor();
  if (!decideBarrierAccess(actor, noResponsibility, null, "view").allowed) notFound();
  return actor;
}
