// People a worker may find: those on a case they may see, and those their own organisation
// recorded and who have no case yet (e.g. just created, before a case is opened).
import type { AccessActor, AccessGrounds } from "@/lib/access/case-policy";
import { canWorkWithCases, visibleCasesWhere } from "@/lib/access/visible-cases-where";
import type { Prisma } from "@/lib/generated/prisma/client";

export function visiblePeopleWhere(actor: AccessActor, grounds: AccessGrounds): Prisma.PersonWhereInput {
  if (!canWorkWithCases(actor)) return { id: { in: [] } };
  return {
    OR: [
      { cases: { some: visibleCasesWhere(actor, grounds) } },
      // Need-to-know: once a person has a case, only those who may see one of their cases find them.
      { createdBy: { organisationId: actor.organisation.id }, cases: { none: {} } },
    ],
  };
}
