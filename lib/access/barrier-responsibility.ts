// Loads what the actor is responsible for in tackling barriers, from their role assignments
// as stored now (roles are re-read on every request, like the actor itself): a supervisor's
// team or neighbourhood, a locality lead's localities and neighbourhoods, board membership.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { BarrierResponsibility } from "./barrier-policy";

export async function loadBarrierResponsibility(client: Tx, userId: string): Promise<BarrierResponsibility> {
  const assignments = await client.roleAssignment.findMany({
    where: { userId, role: { in: ["SUPERVISOR", "LOCALITY_LEAD", "BOARD_MEMBER"] } },
    select: { role: true, localityId: true, neighbourhoodId: true, team: { select: { neighbourhoodId: true } } },
  });
  const ids = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];
  const supervisor = assignments.filter((a) => a.role === "SUPERVISOR");
  const lead = assignments.filter((a) => a.role === "LOCALITY_LEAD");
  return {
    teamLeadOf: ids(supervisor.flatMap((a) => [a.neighbourhoodId, a.team?.neighbourhoodId])),
    leadsNeighbourhoods: ids(lead.map((a) => a.neighbourhoodId)),
    leadsLocalities: ids(lead.map((a) => a.localityId)),
    board: assignments.some((a) => a.role === "BOARD_MEMBER"),
  };
}
