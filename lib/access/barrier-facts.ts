// Loads what the barrier policy needs to decide about one barrier. It skips authorisation on
// purpose (it is how authorisation starts), hence "unsafe": return it to no one.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { BarrierFacts } from "./barrier-policy";

export async function unsafeLoadBarrierFacts(client: Tx, barrierId: string): Promise<BarrierFacts | null> {
  const found = await client.barrier.findUnique({
    where: { id: barrierId },
    select: { id: true, escalationLevel: true, status: true, neighbourhoodId: true, localityId: true, raisedById: true, ownerId: true },
  });
  if (!found) return null;
  return {
    barrierId: found.id,
    level: found.escalationLevel,
    status: found.status,
    neighbourhoodId: found.neighbourhoodId,
    localityId: found.localityId,
    raisedById: found.raisedById,
    ownerId: found.ownerId,
  };
}
