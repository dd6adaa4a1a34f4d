// What ending an agreement would do, in counts only: for each party organisation, how many shared
// cases a frontline worker there can see now, and how many fewer once the agreement is no longer
// in force. Computed with the access policy itself (lib/access), so it cannot drift from it.
import "server-only";
import { agreementsInForceFor } from "@/lib/access/agreements-in-force";
import type { AccessActor } from "@/lib/access/case-policy";
import { noStanding } from "@/lib/access/need-to-know";
import { organisationMaySeeWhere } from "@/lib/access/visible-cases-where";
import type { Tx } from "@/lib/db/create-client";

export type PartyImpact = { organisationId: string; organisationName: string; visibleNow: number; noLongerVisible: number };

export async function endingImpact(client: Tx, agreementId: string): Promise<PartyImpact[]> {
  const parties = await client.agreementParty.findMany({
    where: { agreementId },
    orderBy: { organisation: { name: "asc" } },
    select: { organisation: { select: { id: true, name: true } } },
  });
  const impacts: PartyImpact[] = [];
  for (const { organisation } of parties) {
    // What the organisation may see: the organisation-level rule alone (agreements are between
    // organisations; need-to-know and restricted records inside one do not change with them).
    const worker: AccessActor = { userId: "", organisation: { id: organisation.id }, roles: ["FRONTLINE_WORKER"] };
    const inForce = await agreementsInForceFor(client, organisation.id);
    const without = inForce.filter((a) => a.id !== agreementId);
    const visibleNow = await client.sharedCase.count({ where: organisationMaySeeWhere(worker, { agreements: inForce, standing: noStanding }) });
    const visibleAfter =
      without.length === inForce.length
        ? visibleNow
        : await client.sharedCase.count({ where: organisationMaySeeWhere(worker, { agreements: without, standing: noStanding }) });
    impacts.push({ organisationId: organisation.id, organisationName: organisation.name, visibleNow, noLongerVisible: visibleNow - visibleAfter });
  }
  return impacts;
}
