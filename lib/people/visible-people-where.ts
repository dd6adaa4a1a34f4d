// People a worker may find: those on a case they may see, and those their own organisation
// recorded (e.g. just created, before a case is opened). Name search applies the same rule inside
// its SQL (gt_find_people, by "CaseAccess"), then this filter over what it found.
import type { AccessActor, AgreementInForce } from "@/lib/access/case-policy";
import { canWorkWithCases, visibleCasesWhere } from "@/lib/access/visible-cases-where";
import type { Prisma } from "@/lib/generated/prisma/client";

export function visiblePeopleWhere(actor: AccessActor, agreements: AgreementInForce[]): Prisma.PersonWhereInput {
  if (!canWorkWithCases(actor)) return { id: { in: [] } };
  return {
    OR: [
      { cases: { some: visibleCasesWhere(actor, agreements) } },
      { createdBy: { organisationId: actor.organisation.id } },
    ],
  };
}
