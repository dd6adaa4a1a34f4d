// People a worker may find: those on a case they may see, and those their own organisation
// recorded and who have no case it may see yet (e.g. just created, before a case is opened). Name search
// narrows by the organisation's rule inside its SQL (gt_find_people, by "CaseAccess"), then this
// filter — need-to-know included — decides over what it found.
import type { AccessActor, AccessGrounds } from "@/lib/access/case-policy";
import { personRestrictionAllowsWhere } from "@/lib/access/restricted-records-where";
import { canWorkWithCases, organisationMaySeeWhere, visibleCasesWhere } from "@/lib/access/visible-cases-where";
import type { Prisma } from "@/lib/generated/prisma/client";

export function visiblePeopleWhere(actor: AccessActor, grounds: AccessGrounds): Prisma.PersonWhereInput {
  if (!canWorkWithCases(actor)) return { id: { in: [] } };
  return {
    // A merged-away record (a tombstone) is never found: its page redirects to the survivor.
    mergedIntoId: null,
    // A restricted person is found only by those on one of their cases (restricted-records.ts).
    AND: [personRestrictionAllowsWhere(actor)],
    OR: [
      { cases: { some: visibleCasesWhere(actor, grounds) } },
      // Need-to-know: once the organisation may see a case about the person, only those who may
      // see one of their cases find them. (Said outright, not "no case at all": under row
      // security that would read "no case this organisation may see" anyway.)
      { createdBy: { organisationId: actor.organisation.id }, cases: { none: organisationMaySeeWhere(actor, grounds) } },
    ],
  };
}
