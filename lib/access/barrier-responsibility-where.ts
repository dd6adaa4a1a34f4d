// The responsibility rule of barrier-policy.ts as a Prisma filter: the barriers the actor is
// responsible for at their current level ("waiting for you", "yours to act on"). Tests check it
// agrees with responsibilityFor on every level and relation.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BarrierResponsibility } from "./barrier-policy";

const nothing: Prisma.BarrierWhereInput = { id: { in: [] } };

export function barriersInResponsibilityWhere(responsibility: BarrierResponsibility): Prisma.BarrierWhereInput {
  const neighbourhoods = [...new Set([...responsibility.teamLeadOf, ...responsibility.leadsNeighbourhoods])];
  const localities = [...responsibility.leadsLocalities];
  const any: Prisma.BarrierWhereInput[] = [];
  if (neighbourhoods.length > 0) any.push({ escalationLevel: "NEIGHBOURHOOD", neighbourhoodId: { in: neighbourhoods } });
  if (localities.length > 0) any.push({ escalationLevel: { in: ["NEIGHBOURHOOD", "LOCALITY"] }, localityId: { in: localities } });
  if (responsibility.board) any.push({ escalationLevel: "PARTNERSHIP_BOARD" });
  return any.length === 0 ? nothing : { OR: any };
}

/**
 * The same rule the other way round: role assignments that make their holder responsible for a
 * barrier at its current level (whom to tell when it arrives there).
 */
export function responsibleRoleAssignmentsWhere(
  facts: { level: "NEIGHBOURHOOD" | "LOCALITY" | "PARTNERSHIP_BOARD"; neighbourhoodId: string | null; localityId: string },
): Prisma.RoleAssignmentWhereInput {
  if (facts.level === "PARTNERSHIP_BOARD") return { role: "BOARD_MEMBER" };
  const locality: Prisma.RoleAssignmentWhereInput = { role: "LOCALITY_LEAD", localityId: facts.localityId };
  if (facts.level === "LOCALITY" || !facts.neighbourhoodId) return locality;
  const neighbourhoodId = facts.neighbourhoodId;
  return {
    OR: [
      locality,
      { role: "LOCALITY_LEAD", neighbourhoodId },
      { role: "SUPERVISOR", neighbourhoodId },
      { role: "SUPERVISOR", team: { neighbourhoodId } },
    ],
  };
}
