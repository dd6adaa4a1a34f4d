// Lead transfers waiting for the actor's answer, through the policy's "answerTransfer" rule:
// offered to them (or to their organisation without a named professional), on a case they may see.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessActor, AccessGrounds } from "./case-policy";
import { visibleCasesWhere } from "./visible-cases-where";

export function transfersAwaitingWhere(actor: AccessActor, grounds: AccessGrounds): Prisma.LeadTransferWhereInput {
  return {
    status: "PENDING",
    toOrganisationId: actor.organisation.id,
    OR: [{ toProfessionalId: actor.userId }, { toProfessionalId: null }],
    case: visibleCasesWhere(actor, grounds),
  };
}
